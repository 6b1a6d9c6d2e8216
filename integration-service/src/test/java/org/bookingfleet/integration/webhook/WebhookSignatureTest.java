package org.bookingfleet.integration.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import org.bookingfleet.integration.webhook.WebhookSignature.Verdict;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

	private static final byte[] BODY = "{\"event\":\"transaction.completed\",\"transaction_id\":\"ot_123\"}"
		.getBytes(StandardCharsets.UTF_8);

	private final WebhookSignature signature = new WebhookSignature("whsec_proof_test");

	@Test
	void signatureOfTheSecretOverTheBodyIsAccepted() {
		String hex = signature.sign(BODY);

		assertThat(signature.matches(BODY, hex)).isTrue();
		assertThat(signature.matches(BODY, "sha256=" + hex)).isTrue();
		assertThat(signature.matches(BODY, hex.toUpperCase())).isTrue();
		assertThat(signature.matches(BODY, Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex)))).isTrue();
	}

	@Test
	void knownDigestOfRfc4231TestCaseTwoIsAccepted() {
		WebhookSignature jefe = new WebhookSignature("Jefe");
		byte[] body = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);

		assertThat(jefe.matches(body, "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")).isTrue();
	}

	@Test
	void changedBodyIsRejected() {
		String hex = signature.sign(BODY);
		byte[] tampered = new String(BODY, StandardCharsets.UTF_8).replace("ot_123", "ot_124")
			.getBytes(StandardCharsets.UTF_8);

		assertThat(signature.matches(tampered, hex)).isFalse();
	}

	@Test
	void signatureMadeWithAnotherSecretIsRejected() {
		String forged = new WebhookSignature("someone-else").sign(BODY);

		assertThat(signature.matches(BODY, forged)).isFalse();
	}

	@Test
	void aDeliverySignedWithItsTimeIsGenuineWithinTheToleranceEitherWay() {
		Instant now = Instant.parse("2026-12-01T10:00:00Z");
		long sent = now.getEpochSecond();

		assertThat(signature.verify(String.valueOf(sent), BODY, signature.sign(sent, BODY), now))
			.isEqualTo(Verdict.GENUINE);
		assertThat(signature.verify(String.valueOf(sent - 299), BODY, signature.sign(sent - 299, BODY), now))
			.isEqualTo(Verdict.GENUINE);
		assertThat(signature.verify(String.valueOf(sent + 299), BODY, signature.sign(sent + 299, BODY), now))
			.isEqualTo(Verdict.GENUINE);
	}

	@Test
	void aDeliveryOlderThanTheToleranceOrDatedInTheFutureIsStale() {
		Instant now = Instant.parse("2026-12-01T10:00:00Z");
		long hourAgo = now.minusSeconds(3600).getEpochSecond();
		long hourAhead = now.plusSeconds(3600).getEpochSecond();

		assertThat(signature.verify(String.valueOf(hourAgo), BODY, signature.sign(hourAgo, BODY), now))
			.isEqualTo(Verdict.STALE);
		assertThat(signature.verify(String.valueOf(hourAhead), BODY, signature.sign(hourAhead, BODY), now))
			.isEqualTo(Verdict.STALE);
	}

	@Test
	void theTimeIsPartOfWhatIsSigned() {
		Instant now = Instant.parse("2026-12-01T10:00:00Z");
		long old = now.minusSeconds(3600).getEpochSecond();
		String oldSignature = signature.sign(old, BODY);

		assertThat(signature.verify(String.valueOf(now.getEpochSecond()), BODY, oldSignature, now))
			.isEqualTo(Verdict.FORGED);
		assertThat(signature.verify(null, BODY, signature.sign(BODY), now)).isEqualTo(Verdict.FORGED);
		assertThat(signature.verify("soon", BODY, oldSignature, now)).isEqualTo(Verdict.FORGED);
	}

	@Test
	void missingOrMalformedSignatureIsRejected() {
		assertThat(signature.matches(BODY, null)).isFalse();
		assertThat(signature.matches(BODY, "")).isFalse();
		assertThat(signature.matches(BODY, "sha256=")).isFalse();
		assertThat(signature.matches(BODY, "not a signature!")).isFalse();
		assertThat(signature.matches(BODY, signature.sign(BODY).substring(2))).isFalse();
	}

}
