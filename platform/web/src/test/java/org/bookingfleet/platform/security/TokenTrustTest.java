package org.bookingfleet.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.bookingfleet.platform.web.ApiException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import reactor.test.StepVerifier;

/**
 * Which tokens a service accepts, by configuration: the local fleet's identity module
 * beside the shared HS256 key of tests and tools, the issuer alone, or (the production
 * profile) nothing but the issuer.
 */
class TokenTrustTest {

	static final String ISSUER = "http://identity.fleet.example";

	static final RSAKey issuerKey = key("identity-1");

	static final RSAKey strangerKey = key("identity-1");

	static HttpServer identity;

	final JwtTokens local = new JwtTokens(JwtTokensTest.SECRET, Clock.systemUTC());

	@BeforeAll
	static void publishTheIssuersKeys() throws IOException {
		identity = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		identity.createContext("/oauth2/jwks", exchange -> {
			byte[] body = new JWKSet(issuerKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		identity.start();
	}

	@AfterAll
	static void stop() {
		identity.stop(0);
	}

	@Test
	void theLocalFleetAcceptsTheIssuersTokensAndTheSharedKeysSideBySide() {
		Callers callers = callersOf(Map.of("fleet.security.issuer-uri", ISSUER, "fleet.security.jwk-set-uri", jwks(),
				"fleet.security.local-tokens", "true"));

		StepVerifier.create(callers.resolve("Bearer " + rs256(issuerKey, ISSUER)))
			.assertNext(caller -> assertThat(caller.isProvider(11L)).isTrue())
			.verifyComplete();
		StepVerifier
			.create(callers
				.resolve("Bearer " + this.local.mint("seed", Set.of(Role.ADMIN), null, Duration.ofMinutes(5))))
			.assertNext(caller -> assertThat(caller.isAdmin()).isTrue())
			.verifyComplete();
	}

	@Test
	void anIssuersTokenMustNameThatIssuer() {
		Callers callers = callersOf(Map.of("fleet.security.issuer-uri", ISSUER, "fleet.security.jwk-set-uri", jwks()));

		StepVerifier.create(callers.resolve("Bearer " + rs256(issuerKey, "http://another.example")))
			.expectErrorSatisfies(error -> assertThat(((ApiException) error).code()).isEqualTo("UNAUTHENTICATED"))
			.verify();
	}

	@Test
	void aTokenSignedWithAKeyTheIssuerDoesNotPublishIsRefused() {
		Callers callers = callersOf(Map.of("fleet.security.issuer-uri", ISSUER, "fleet.security.jwk-set-uri", jwks(),
				"fleet.security.local-tokens", "true"));

		StepVerifier.create(callers.resolve("Bearer " + rs256(strangerKey, ISSUER)))
			.expectErrorSatisfies(error -> assertThat(((ApiException) error).code()).isEqualTo("UNAUTHENTICATED"))
			.verify();
	}

	@Test
	void withAnIssuerTheSharedKeyOpensNothingUnlessLocalTokensAreOn() {
		Callers callers = callersOf(Map.of("fleet.security.issuer-uri", ISSUER, "fleet.security.jwk-set-uri", jwks()));

		StepVerifier
			.create(callers
				.resolve("Bearer " + this.local.mint("seed", Set.of(Role.ADMIN), null, Duration.ofMinutes(5))))
			.expectErrorSatisfies(error -> assertThat(((ApiException) error).code()).isEqualTo("UNAUTHENTICATED"))
			.verify();
	}

	@Test
	void withoutAnIssuerOnlyTheSharedKeyIsTrusted() {
		TokenTrust trust = TokenTrust.from(environment(Map.of()));

		assertThat(trust.hasIssuer()).isFalse();
		assertThat(trust.localTokens()).isTrue();
		assertThat(trust.verifier(this.local)).isSameAs(this.local);
	}

	@Test
	void theFormerJwksSettingStillNamesTheIssuersKeys() {
		TokenTrust trust = TokenTrust.from(environment(Map.of("fleet.security.jwks-uri", jwks())));

		assertThat(trust.jwkSetUri()).isEqualTo(jwks());
		assertThat(trust.localTokens()).isFalse();
	}

	@Test
	void theProductionProfileTrustsTheIssuerOnly() {
		StandardEnvironment withoutIssuer = environment(Map.of());
		withoutIssuer.setActiveProfiles(TokenTrust.PRODUCTION);
		assertThatThrownBy(() -> TokenTrust.from(withoutIssuer)).hasMessageContaining("fleet.security.issuer-uri");

		StandardEnvironment withLocalTokens = environment(
				Map.of("fleet.security.issuer-uri", ISSUER, "fleet.security.local-tokens", "true"));
		withLocalTokens.setActiveProfiles(TokenTrust.PRODUCTION);
		assertThatThrownBy(() -> TokenTrust.from(withLocalTokens)).hasMessageContaining("local-tokens");

		StandardEnvironment issuerOnly = environment(Map.of("fleet.security.issuer-uri", ISSUER));
		issuerOnly.setActiveProfiles(TokenTrust.PRODUCTION);
		assertThat(TokenTrust.from(issuerOnly)).isEqualTo(new TokenTrust(ISSUER, "", false));
	}

	@Test
	void onlyAnHs256HeaderGoesToTheSharedKey() {
		assertThat(AcceptedTokens.isSharedKey(this.local.mint("a", Set.of(), null, Duration.ofMinutes(1)))).isTrue();
		assertThat(AcceptedTokens.isSharedKey(rs256(issuerKey, ISSUER))).isFalse();
		assertThat(AcceptedTokens.isSharedKey("not a token")).isFalse();
		assertThat(AcceptedTokens.isSharedKey("eyJhbGciOiJIUzI1NiJ9")).isFalse();
	}

	private Callers callersOf(Map<String, Object> settings) {
		return new Callers(TokenTrust.from(environment(settings)).verifier(this.local));
	}

	private static StandardEnvironment environment(Map<String, Object> settings) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
		return environment;
	}

	private static String jwks() {
		return "http://127.0.0.1:" + identity.getAddress().getPort() + "/oauth2/jwks";
	}

	private static String rs256(RSAKey key, String issuer) {
		try {
			Instant now = Instant.now();
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
					new JWTClaimsSet.Builder().subject("grace@bookingfleet.example")
						.issuer(issuer)
						.claim("roles", List.of("PROVIDER"))
						.claim("providerId", 11)
						.issueTime(Date.from(now))
						.expirationTime(Date.from(now.plusSeconds(600)))
						.build());
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey key(String id) {
		try {
			return new RSAKeyGenerator(2048).keyID(id).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
