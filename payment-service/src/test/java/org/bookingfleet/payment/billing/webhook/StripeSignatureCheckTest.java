package org.bookingfleet.payment.billing.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

/**
 * Signs payloads with Stripe's documented scheme, written out here independently of any
 * signer in the project.
 */
class StripeSignatureCheckTest {

	private static final String SECRET = "whsec_test_payment_service";

	private static final Instant NOW = Instant.parse("2026-12-05T15:00:00Z");

	private static final String PAYLOAD = """
			{"id":"evt_1","object":"event","type":"payment_intent.succeeded","created":1796482800,\
			"data":{"object":{"id":"pi_1","object":"payment_intent","amount_received":5000,"status":"succeeded"}}}""";

	private final StripeSignatureCheck check = new StripeSignatureCheck(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void aPayloadSignedWithTheRightSecretIsAccepted() {
		WebhookVerdict verdict = check.verify(PAYLOAD, header(PAYLOAD, SECRET, NOW.minusSeconds(10)));

		assertThat(verdict).isInstanceOf(WebhookVerdict.Verified.class);
		assertThat(((WebhookVerdict.Verified) verdict).event().getId()).isEqualTo("evt_1");
	}

	@Test
	void aPayloadSignedWithAnotherSecretIsRefused() {
		assertThat(check.verify(PAYLOAD, header(PAYLOAD, "whsec_someone_else", NOW)))
			.isInstanceOf(WebhookVerdict.Refused.class);
	}

	@Test
	void anAlteredBodyIsRefused() {
		String signed = header(PAYLOAD, SECRET, NOW);

		assertThat(check.verify(PAYLOAD.replace("5000", "1"), signed)).isInstanceOf(WebhookVerdict.Refused.class);
	}

	@Test
	void aSignatureOlderThanTheToleranceIsRefused() {
		assertThat(check.verify(PAYLOAD, header(PAYLOAD, SECRET, NOW.minusSeconds(301))))
			.isInstanceOf(WebhookVerdict.Refused.class);
		assertThat(check.verify(PAYLOAD, header(PAYLOAD, SECRET, NOW.minusSeconds(299))))
			.isInstanceOf(WebhookVerdict.Verified.class);
	}

	@Test
	void aSignatureDatedFurtherAheadThanTheToleranceIsRefused() {
		assertThat(check.verify(PAYLOAD, header(PAYLOAD, SECRET, NOW.plusSeconds(3600))))
			.isInstanceOf(WebhookVerdict.Refused.class);
		assertThat(check.verify(PAYLOAD, header(PAYLOAD, SECRET, NOW.plusSeconds(301))))
			.isInstanceOf(WebhookVerdict.Refused.class);
		assertThat(check.verify(PAYLOAD, header(PAYLOAD, SECRET, NOW.plusSeconds(299))))
			.isInstanceOf(WebhookVerdict.Verified.class);
	}

	@Test
	void aMissingOrGarbledHeaderIsRefused() {
		assertThat(check.verify(PAYLOAD, null))
			.isEqualTo(new WebhookVerdict.Refused("missing Stripe-Signature header"));
		assertThat(check.verify(PAYLOAD, " ")).isInstanceOf(WebhookVerdict.Refused.class);
		assertThat(check.verify(PAYLOAD, "v1=deadbeef")).isInstanceOf(WebhookVerdict.Refused.class);
	}

	@Test
	void aCorrectlySignedPayloadThatIsNotJsonIsRefused() {
		String garbage = "not json at all";

		assertThat(check.verify(garbage, header(garbage, SECRET, NOW))).isInstanceOf(WebhookVerdict.Refused.class);
	}

	@Test
	void oneValidSignatureAmongSeveralIsEnoughAsDuringASecretRoll() {
		long t = NOW.getEpochSecond();
		String header = "t=" + t + ",v1=" + hmac("whsec_old", t + "." + PAYLOAD) + ",v1="
				+ hmac(SECRET, t + "." + PAYLOAD);

		assertThat(check.verify(PAYLOAD, header)).isInstanceOf(WebhookVerdict.Verified.class);
	}

	static String header(String payload, String secret, Instant signedAt) {
		long t = signedAt.getEpochSecond();
		return "t=" + t + ",v1=" + hmac(secret, t + "." + payload);
	}

	static String hmac(String secret, String message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
