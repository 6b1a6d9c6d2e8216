package org.bookingfleet.pricing.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.bookingfleet.pricing.quote.TokenVerification.Reason;
import org.bookingfleet.pricing.quote.internal.token.QuoteSigner;
import org.junit.jupiter.api.Test;

class QuoteSignerTest {

	static final Instant ISSUED = Instant.parse("2026-12-01T15:00:00Z");
	static final Instant EXPIRES = ISSUED.plusSeconds(15 * 60);

	private final SigningKey january = key("2026-01", 'a');

	private final SigningKey july = key("2026-07", 'b');

	private final QuoteSigner signer = new QuoteSigner(SigningKeys.only(january));

	@Test
	void signedClaimsVerifyAsTheyWereSigned() {
		QuoteClaims claims = sampleClaims();

		TokenVerification verification = signer.verify(signer.sign(claims), ISSUED.plusSeconds(60));

		assertThat(verification).isEqualTo(new TokenVerification.Valid(claims, "2026-01"));
	}

	@Test
	void tokenIsACompactJwsWithItsKeyIdInTheHeader() {
		String[] parts = signer.sign(sampleClaims()).split("\\.");

		assertThat(parts).hasSize(3);
		assertThat(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8))
			.isEqualTo("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"2026-01\"}");
		assertThat(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))
			.startsWith("{\"quoteId\":\"q-1\",\"serviceId\":\"hmnp-standard-notary\",\"currency\":\"USD\"")
			.endsWith(",\"iat\":" + ISSUED.getEpochSecond() + ",\"exp\":" + EXPIRES.getEpochSecond() + "}");
	}

	@Test
	void sameClaimsAndKeyGiveTheSameToken() {
		assertThat(signer.sign(sampleClaims())).isEqualTo(signer.sign(sampleClaims()));
	}

	@Test
	void tokenIsRefusedOnceItExpires() {
		String token = signer.sign(sampleClaims());

		assertThat(signer.verify(token, EXPIRES)).isEqualTo(new TokenVerification.Refused(Reason.EXPIRED));
		assertThat(signer.verify(token, EXPIRES.minusSeconds(1))).isInstanceOf(TokenVerification.Valid.class);
	}

	@Test
	void tokenSignedWithARetiredKeyStillVerifiesWhileTheKeyIsAccepted() {
		String signedInJanuary = signer.sign(sampleClaims());
		QuoteSigner afterRotation = new QuoteSigner(new SigningKeys(july, List.of(january)));

		assertThat(afterRotation.verify(signedInJanuary, ISSUED)).isInstanceOf(TokenVerification.Valid.class);
		assertThat(afterRotation.sign(sampleClaims())).isNotEqualTo(signedInJanuary);
		assertThat(((TokenVerification.Valid) afterRotation.verify(afterRotation.sign(sampleClaims()), ISSUED)).keyId())
			.isEqualTo("2026-07");
	}

	@Test
	void tokenSignedWithAKeyNoLongerAcceptedIsRefused() {
		String signedInJanuary = signer.sign(sampleClaims());

		assertThat(new QuoteSigner(SigningKeys.only(july)).verify(signedInJanuary, ISSUED))
			.isEqualTo(new TokenVerification.Refused(Reason.UNKNOWN_KEY));
	}

	@Test
	void tokenSignedWithAnotherSecretUnderTheSameKeyIdIsRefused() {
		QuoteSigner impostor = new QuoteSigner(SigningKeys.only(key("2026-01", 'z')));

		assertThat(signer.verify(impostor.sign(sampleClaims()), ISSUED))
			.isEqualTo(new TokenVerification.Refused(Reason.BAD_SIGNATURE));
	}

	@Test
	void unsignedTokenIsRefused() {
		String header = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("{\"alg\":\"none\",\"kid\":\"2026-01\"}".getBytes(StandardCharsets.UTF_8));
		String claims = signer.sign(sampleClaims()).split("\\.")[1];

		assertThat(signer.verify(header + "." + claims + ".", ISSUED))
			.isEqualTo(new TokenVerification.Refused(Reason.UNSUPPORTED_ALGORITHM));
		assertThat(signer.verify(header + "." + claims + ".AAAA", ISSUED))
			.isEqualTo(new TokenVerification.Refused(Reason.UNSUPPORTED_ALGORITHM));
	}

	@Test
	void garbageIsMalformed() {
		assertThat(signer.verify("not.a.token", ISSUED)).isEqualTo(new TokenVerification.Refused(Reason.MALFORMED));
		assertThat(signer.verify("", ISSUED)).isEqualTo(new TokenVerification.Refused(Reason.MALFORMED));
		assertThat(signer.verify(null, ISSUED)).isEqualTo(new TokenVerification.Refused(Reason.MALFORMED));
	}

	@Test
	void keysShorterThanThirtyTwoBytesAreRejected() {
		assertThatThrownBy(() -> new SigningKey("short", new byte[31])).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void twoDifferentSecretsUnderOneKeyIdAreRejected() {
		assertThatThrownBy(() -> new SigningKeys(january, List.of(key("2026-01", 'q'))))
			.isInstanceOf(IllegalArgumentException.class);
	}

	static QuoteClaims sampleClaims() {
		return new QuoteClaims("q-1", "hmnp-standard-notary", "USD", Instant.parse("2026-12-06T00:00:00Z"), 1, 60,
				Optional.of("WELCOME10"), 7_500, 250, 7_000, 0, 1_475, 1_095, 14_370, 0, ISSUED, EXPIRES);
	}

	static SigningKey key(String id, char fill) {
		return new SigningKey(id, String.valueOf(fill).repeat(32).getBytes(StandardCharsets.US_ASCII));
	}

}
