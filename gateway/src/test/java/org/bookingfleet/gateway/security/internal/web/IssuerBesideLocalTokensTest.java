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
 * The local fleet's mode: the identity module's RS256 tokens (checked against its keys,
 * with its {@code iss}) and the tools' HS256 tokens side by side.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "LOG_FORMAT=")
@AutoConfigureWebTestClient
class IssuerBesideLocalTokensTest {

	static final String ISSUER = "http://identity.fleet.example";

	static final RSAKey identityKey = newKey();

	static final WireMockServer identity = new WireMockServer(options().dynamicPort());

	static {
		identity.start();
		identity.stubFor(
				get(urlEqualTo("/oauth2/jwks")).willReturn(okJson(new JWKSet(identityKey.toPublicJWK()).toString())));
		identity.stubFor(any(anyUrl()).atPriority(10).willReturn(okJson("{}")));
	}

	@Autowired
	WebTestClient web;

	@Autowired
	JwtTokens localTokens;

	@DynamicPropertySource
	static void fleet(DynamicPropertyRegistry registry) {
		registry.add("fleet.security.issuer-uri", () -> ISSUER);
		registry.add("fleet.security.jwk-set-uri", () -> identity.baseUrl() + "/oauth2/jwks");
		registry.add("fleet.security.local-tokens", () -> "true");
		TestFleet.allServicesAt(registry, identity.baseUrl());
		TestFleet.redis(registry);
		TestFleet.generousRateLimits(registry);
	}

	@AfterAll
	static void stop() {
		identity.stop();
	}

	@Test
	void anAdminSignedInAtTheIdentityModulePasses() {
		this.web.get()
			.uri("/api/v2/integrations/jobs")
			.headers(h -> h.setBearerAuth(sign(ISSUER, List.of("ADMIN"))))
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void aLocalToolsTokenPassesBesideIt() {
		String local = this.localTokens.mint("demo-seed", Set.of(Role.ADMIN), null, Duration.ofMinutes(5));

		this.web.get()
			.uri("/api/v2/integrations/jobs")
			.headers(h -> h.setBearerAuth(local))
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void aTokenOfAnotherIssuerIsRefused() {
		this.web.get()
			.uri("/api/v2/integrations/jobs")
			.headers(h -> h.setBearerAuth(sign("http://elsewhere.example", List.of("ADMIN"))))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("UNAUTHENTICATED");
	}

	private static String sign(String issuer, List<String> roles) {
		try {
			Instant now = Instant.now();
			SignedJWT jwt = new SignedJWT(
					new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(identityKey.getKeyID()).build(),
					new JWTClaimsSet.Builder().subject("admin@bookingfleet.example")
						.issuer(issuer)
						.claim("roles", roles)
						.issueTime(Date.from(now))
						.expirationTime(Date.from(now.plusSeconds(600)))
						.build());
			jwt.sign(new RSASSASigner(identityKey));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey newKey() {
		try {
			return new RSAKeyGenerator(2048).keyID("identity-1").generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
