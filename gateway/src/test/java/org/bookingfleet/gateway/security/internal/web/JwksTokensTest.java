package org.bookingfleet.gateway.security.internal.web;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.bookingfleet.gateway.TestFleet;
import org.bookingfleet.platform.security.JwtTokens;
import org.bookingfleet.platform.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Production's mode: tokens checked against the identity provider's published keys
 * (JWKS), not a shared secret.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "LOG_FORMAT=")
@AutoConfigureWebTestClient
class JwksTokensTest {

	static final RSAKey identityProviderKey = newKey("idp-1");

	static final RSAKey unknownKey = newKey("idp-1");

	static final WireMockServer identityProvider = new WireMockServer(options().dynamicPort());

	static {
		identityProvider.start();
		identityProvider.stubFor(get(urlEqualTo("/.well-known/jwks.json"))
			.willReturn(okJson(new JWKSet(identityProviderKey.toPublicJWK()).toString())));
		identityProvider.stubFor(any(anyUrl()).atPriority(10).willReturn(okJson("{}")));
	}

	@Autowired
	WebTestClient web;

	@Autowired
	JwtTokens sharedSecretTokens;

	@DynamicPropertySource
	static void fleet(DynamicPropertyRegistry registry) {
		registry.add("fleet.security.jwks-uri", () -> identityProvider.baseUrl() + "/.well-known/jwks.json");
		TestFleet.allServicesAt(registry, identityProvider.baseUrl());
		TestFleet.redis(registry);
		TestFleet.generousRateLimits(registry);
	}

	@AfterAll
	static void stop() {
		identityProvider.stop();
	}

	@Test
	void aTokenSignedByTheIdentityProviderPassesWithItsRoles() {
		String admin = sign(identityProviderKey, List.of("ADMIN"), Instant.now().plusSeconds(600));

		this.web.get()
			.uri("/api/v2/integrations/jobs")
			.headers(h -> h.setBearerAuth(admin))
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void rolesStillDecide() {
		String client = sign(identityProviderKey, List.of("CLIENT"), Instant.now().plusSeconds(600));

		this.web.get()
			.uri("/api/v2/integrations/jobs")
			.headers(h -> h.setBearerAuth(client))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("FORBIDDEN");
	}

	@Test
	void aTokenSignedWithAKeyTheProviderDoesNotPublishIsRefused() {
		String forged = sign(unknownKey, List.of("ADMIN"), Instant.now().plusSeconds(600));

		this.web.get()
			.uri("/api/v2/integrations/jobs")
			.headers(h -> h.setBearerAuth(forged))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("UNAUTHENTICATED");
	}

	@Test
	void theLocalSharedSecretNoLongerOpensAnything() {
		String local = this.sharedSecretTokens.mint("alice", Set.of(Role.ADMIN), null, Duration.ofHours(1));

		this.web.get()
			.uri("/api/v2/integrations/jobs")
			.headers(h -> h.setBearerAuth(local))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void anExpiredTokenOfTheIdentityProviderIsRefused() {
		String expired = sign(identityProviderKey, List.of("ADMIN"), Instant.now().minusSeconds(60));

		this.web.get()
			.uri("/api/v2/integrations/jobs")
			.headers(h -> h.setBearerAuth(expired))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.error.message")
			.isEqualTo("the token has expired; sign in again");
	}

	private static String sign(RSAKey key, List<String> roles, Instant expiry) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
					new JWTClaimsSet.Builder().subject("ann")
						.claim("roles", roles)
						.issueTime(Date.from(expiry.minusSeconds(3600)))
						.expirationTime(Date.from(expiry))
						.build());
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey newKey(String id) {
		try {
			return new RSAKeyGenerator(2048).keyID(id).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
