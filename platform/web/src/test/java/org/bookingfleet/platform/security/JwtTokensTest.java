package org.bookingfleet.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;

class JwtTokensTest {

	static final String SECRET = "a-secret-of-at-least-thirty-two-characters";

	final Clock now = Clock.fixed(Instant.parse("2026-12-05T15:00:00Z"), ZoneOffset.UTC);

	final JwtTokens tokens = new JwtTokens(SECRET, this.now);

	@Test
	void mintedTokenNamesItsCaller() {
		String token = this.tokens.mint("nora", Set.of(Role.PROVIDER), 7L, Duration.ofHours(1));

		Caller caller = this.tokens.verify(token);

		assertThat(caller.subject()).isEqualTo("nora");
		assertThat(caller.isProvider(7L)).isTrue();
		assertThat(caller.isProvider(8L)).isFalse();
		assertThat(caller.isAdmin()).isFalse();
	}

	@Test
	void expiredTokenIsRefused() {
		String token = new JwtTokens(SECRET, Clock.offset(this.now, Duration.ofHours(-2))).mint("nora",
				Set.of(Role.CLIENT), null, Duration.ofHours(1));

		assertThatThrownBy(() -> this.tokens.verify(token)).isInstanceOf(JwtTokens.InvalidToken.class)
			.hasMessageContaining("expired");
	}

	@Test
	void tokenSignedWithAnotherKeyIsRefused() {
		String token = new JwtTokens("another-secret-of-at-least-thirty-two-chars", this.now).mint("eve",
				Set.of(Role.ADMIN), null, Duration.ofHours(1));

		assertThatThrownBy(() -> this.tokens.verify(token)).hasMessageContaining("signature");
	}

	@Test
	void tokenWithAlteredClaimsIsRefused() {
		String token = this.tokens.mint("eve", Set.of(Role.CLIENT), null, Duration.ofHours(1));
		String[] parts = token.split("\\.");
		String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
			.encodeToString("{\"sub\":\"eve\",\"roles\":[\"ADMIN\"],\"exp\":9999999999}".getBytes()) + "." + parts[2];

		assertThatThrownBy(() -> this.tokens.verify(forged)).isInstanceOf(JwtTokens.InvalidToken.class);
	}

	@Test
	void garbageIsRefusedAsUnreadable() {
		assertThatThrownBy(() -> this.tokens.verify("not-a-token")).isInstanceOf(JwtTokens.InvalidToken.class);
		assertThatThrownBy(() -> this.tokens.verify("a.b.c")).isInstanceOf(JwtTokens.InvalidToken.class);
	}

}
