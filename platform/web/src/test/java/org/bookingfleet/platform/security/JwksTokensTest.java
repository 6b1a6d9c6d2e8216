package org.bookingfleet.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.bookingfleet.platform.web.ApiException;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import reactor.test.StepVerifier;

/**
 * Services read callers from an identity provider's RS256 tokens as the gateway does in
 * production.
 */
class JwksTokensTest {

	final KeyPair provider = rsa();

	final KeyPair stranger = rsa();

	final Callers callers = new Callers(
			new JwksTokens(NimbusReactiveJwtDecoder.withPublicKey((RSAPublicKey) this.provider.getPublic()).build()));

	@Test
	void tokenOfTheIdentityProviderNamesItsCaller() throws Exception {
		String token = sign(this.provider, Instant.now().plusSeconds(600));

		StepVerifier.create(this.callers.resolve("Bearer " + token)).assertNext(caller -> {
			assertThat(caller.subject()).isEqualTo("nora");
			assertThat(caller.isProvider(7L)).isTrue();
		}).verifyComplete();
	}

	@Test
	void tokenSignedByAStrangerIsUnauthenticated() throws Exception {
		String token = sign(this.stranger, Instant.now().plusSeconds(600));

		StepVerifier.create(this.callers.resolve("Bearer " + token))
			.expectErrorSatisfies(error -> assertThat(((ApiException) error).code()).isEqualTo("UNAUTHENTICATED"))
			.verify();
	}

	@Test
	void expiredTokenIsUnauthenticated() throws Exception {
		String token = sign(this.provider, Instant.now().minusSeconds(600));

		StepVerifier.create(this.callers.resolve("Bearer " + token)).expectError(ApiException.class).verify();
	}

	@Test
	void tokenNotValidYetIsUnauthenticatedWhateverTheDecoderChecks() throws Exception {
		NimbusReactiveJwtDecoder lenient = NimbusReactiveJwtDecoder
			.withPublicKey((RSAPublicKey) this.provider.getPublic())
			.build();
		lenient.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
		Callers checked = new Callers(new JwksTokens(lenient));
		String early = sign(this.provider, Instant.now().plusSeconds(3600), Instant.now().plusSeconds(7200));
		String withinSkew = sign(this.provider, Instant.now().plusSeconds(30), Instant.now().plusSeconds(7200));

		StepVerifier.create(checked.resolve("Bearer " + early))
			.expectErrorSatisfies(error -> assertThat(((ApiException) error).code()).isEqualTo("UNAUTHENTICATED"))
			.verify();
		StepVerifier.create(checked.resolve("Bearer " + withinSkew))
			.assertNext(caller -> assertThat(caller.subject()).isEqualTo("nora"))
			.verifyComplete();
	}

	private static String sign(KeyPair keys, Instant notBefore, Instant expiry) throws Exception {
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256),
				new JWTClaimsSet.Builder().subject("nora")
					.claim("roles", List.of("PROVIDER"))
					.claim("providerId", 7L)
					.notBeforeTime(java.util.Date.from(notBefore))
					.expirationTime(java.util.Date.from(expiry))
					.build());
		jwt.sign(new RSASSASigner(keys.getPrivate()));
		return jwt.serialize();
	}

	private static String sign(KeyPair keys, Instant expiry) throws Exception {
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256),
				new JWTClaimsSet.Builder().subject("nora")
					.claim("roles", List.of("PROVIDER"))
					.claim("providerId", 7L)
					.expirationTime(java.util.Date.from(expiry))
					.build());
		jwt.sign(new RSASSASigner(keys.getPrivate()));
		return jwt.serialize();
	}

	private static KeyPair rsa() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
