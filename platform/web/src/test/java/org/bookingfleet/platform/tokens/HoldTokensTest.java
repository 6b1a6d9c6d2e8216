package org.bookingfleet.platform.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class HoldTokensTest {

	private static final String KEY = Base64.getEncoder()
		.encodeToString("a-hold-key-of-at-least-thirty-two-bytes".getBytes());

	private static final String OTHER_KEY = Base64.getEncoder()
		.encodeToString("another-hold-key-of-thirty-two-bytes!".getBytes());

	private final HoldTokens tokens = new HoldTokens(KEY);

	private final HoldClaims hold = new HoldClaims(UUID.randomUUID(), 7, "pro-handyman",
			Instant.parse("2026-12-10T15:00:00Z"), Instant.parse("2026-12-10T17:00:00Z"), 1,
			Instant.parse("2026-12-03T10:10:00Z"));

	@Test
	void aTokenNamesTheHoldItWasSignedFor() {
		assertThat(this.tokens.verify(this.tokens.sign(this.hold))).contains(this.hold);
		assertThat(this.hold.duration().toMinutes()).isEqualTo(120);
	}

	@Test
	void aTokenOfAnotherKeyOrAlteredInAnyPartIsRefused() {
		String token = this.tokens.sign(this.hold);
		assertThat(new HoldTokens(OTHER_KEY).verify(token)).isEmpty();
		String[] parts = token.split("\\.");
		String otherPayload = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(
					new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"pid\":7", "\"pid\":8").getBytes());
		assertThat(this.tokens.verify(parts[0] + "." + otherPayload + "." + parts[2])).isEmpty();
		assertThat(this.tokens.verify(parts[0] + "." + parts[1])).isEmpty();
		assertThat(this.tokens.verify("not a token")).isEmpty();
		assertThat(this.tokens.verify(null)).isEmpty();
	}

	@Test
	void aTokenWithoutASignatureAlgorithmIsRefused() {
		String[] parts = this.tokens.sign(this.hold).split("\\.");
		String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
		assertThat(this.tokens.verify(none + "." + parts[1] + ".")).isEmpty();
	}

	@Test
	void addressesThatDifferOnlyInSpacingAndCaseHaveOneKey() {
		assertThat(AddressKey.of(" 1 Main  St ", "Houston", "TX", "77002", "US", null, null))
			.isEqualTo(AddressKey.of("1 main st", "HOUSTON", "tx", "77002", "us", null, null));
		assertThat(AddressKey.of("1 Main St", "Houston", "TX", "77002", "US", null, null))
			.isNotEqualTo(AddressKey.of("1 Main St", "Dallas", "TX", "75201", "US", null, null));
		assertThat(AddressKey.of(null, null, null, null, null, null, null)).isNull();
		assertThat(AddressKey.of(null, null, null, null, null, 29.76, -95.37)).isEqualTo("|||||29.76000|-95.37000");
	}

}
