package org.bookingfleet.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
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
		String forged = parts[0] + "."
				+ java.util.Base64.getUrlEncoder()
					.withoutPadding()
					.encodeToString("{\"sub\":\"eve\",\"roles\":[\"ADMIN\"],\"exp\":9999999999}".getBytes())
				+ "." + parts[2];

		assertThatThrownBy(() -> this.tokens.verify(forged)).isInstanceOf(JwtTokens.InvalidToken.class);
	}

	@Test
	void tokenNotValidYetIsRefused() throws Exception {
		String token = hs256(this.now.instant().plusSeconds(3600), this.now.instant().plusSeconds(7200));

		assertThatThrownBy(() -> this.tokens.verify(token)).isInstanceOf(JwtTokens.InvalidToken.class)
			.hasMessageContaining("not valid yet");
	}

	@Test
	void tokenValidWithinTheClockSkewIsAccepted() throws Exception {
		String token = hs256(this.now.instant().plusSeconds(30), this.now.instant().plusSeconds(3600));

		assertThat(this.tokens.verify(token).subject()).isEqualTo("nora");
	}

	@Test
	void tokenWhoseNotBeforeIsNotATimeIsRefused() throws Exception {
		String token = sign(new JWTClaimsSet.Builder().subject("nora")
			.claim("nbf", "soon")
			.expirationTime(Date.from(this.now.instant().plusSeconds(3600)))
			.build());

		assertThatThrownBy(() -> this.tokens.verify(token)).isInstanceOf(JwtTokens.InvalidToken.class);
	}

	@Test
	void garbageIsRefusedAsUnreadable() {
		assertThatThrownBy(() -> this.tokens.verify("not-a-token")).isInstanceOf(JwtTokens.InvalidToken.class);
		assertThatThrownBy(() -> this.tokens.verify("a.b.c")).isInstanceOf(JwtTokens.InvalidToken.class);
	}

	private static String hs256(Instant notBefore, Instant expiry) throws Exception {
		return sign(new JWTClaimsSet.Builder().subject("nora")
			.claim("roles", List.of("CLIENT"))
			.notBeforeTime(Date.from(notBefore))
			.expirationTime(Date.from(expiry))
			.build());
	}

	private static String sign(JWTClaimsSet claims) throws Exception {
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
		jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
		return jwt.serialize();
	}

}
