package org.bookingfleet.gateway.security.internal.signin;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.bookingfleet.gateway.GatewayApplication;
import org.bookingfleet.gateway.TestFleet;
import org.bookingfleet.platform.security.JwtTokens;
import org.bookingfleet.platform.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page's sign-in, end to end against a real HTTP issuer (WireMock serving discovery,
 * keys and the token endpoint, with ID tokens signed by the test's key) that also stands
 * in for the services: the authorization request carries PKCE, the callback makes a
 * session, a service route gets the session's access token, state-changing session calls
 * need the CSRF token, and sign-out ends the session at the issuer too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "LOG_FORMAT=")
@AutoConfigureWebTestClient
class SignInTest {

	static final RSAKey issuerKey = newKey();

	static final WireMockServer issuer = new WireMockServer(options().dynamicPort());

	static {
		issuer.start();
		// stopped with the test JVM, not after the class: a test the build runs again (a
		// flake's second run) finds
		// the issuer the class's cached application was configured with still listening
		Runtime.getRuntime().addShutdownHook(new Thread(issuer::stop));
	}

	@Autowired
	WebTestClient web;

	@Autowired
	JwtTokens sharedSecretTokens;

	@DynamicPropertySource
	static void fleet(DynamicPropertyRegistry registry) {
		registry.add("fleet.gateway.signin.issuer-uri", issuer::baseUrl);
		registry.add("fleet.gateway.signin.client-secret", () -> "test-secret");
		TestFleet.allServicesAt(registry, issuer.baseUrl());
		TestFleet.redis(registry);
		TestFleet.generousRateLimits(registry);
	}

	@BeforeEach
	void issuerAndServices() {
		issuer.resetAll();
		String base = issuer.baseUrl();
		Map<String, Object> discovery = new LinkedHashMap<>();
		discovery.put("issuer", base);
		discovery.put("authorization_endpoint", base + "/oauth2/authorize");
		discovery.put("token_endpoint", base + "/oauth2/token");
		discovery.put("jwks_uri", base + "/oauth2/jwks");
		discovery.put("end_session_endpoint", base + "/connect/logout");
		discovery.put("response_types_supported", List.of("code"));
		discovery.put("subject_types_supported", List.of("public"));
		discovery.put("id_token_signing_alg_values_supported", List.of("RS256"));
		issuer.stubFor(get(urlEqualTo("/.well-known/openid-configuration")).willReturn(okJson(json(discovery))));
		issuer.stubFor(
				get(urlEqualTo("/oauth2/jwks")).willReturn(okJson(new JWKSet(issuerKey.toPublicJWK()).toString())));
		// the services: whatever they are asked, they answer
		issuer.stubFor(any(anyUrl()).atPriority(10).willReturn(okJson("{}")));
	}

	@Test
	void theLoginRedirectCarriesAPkceChallengeAndTheCallbackMakesASession() throws Exception {
		Session session = new Session();
		URI authorize = startSignIn(session, "/provider.html");

		Map<String, String> asked = query(authorize);
		assertThat(authorize.toString()).startsWith(issuer.baseUrl() + "/oauth2/authorize");
		assertThat(asked).containsEntry("client_id", "gateway")
			.containsEntry("response_type", "code")
			.containsEntry("code_challenge_method", "S256")
			.containsKeys("code_challenge", "state", "nonce");
		assertThat(asked.get("scope")).contains("openid");

		String landing = finishSignIn(session, asked, tokens(asked.get("nonce"), "access-1", 900));

		assertThat(landing).isEqualTo("/provider.html");
		LoggedRequest tokenRequest = issuer.findAll(postRequestedFor(urlEqualTo("/oauth2/token"))).get(0);
		Map<String, String> form = form(tokenRequest.getBodyAsString());
		assertThat(form).containsEntry("grant_type", "authorization_code").containsEntry("code", "the-code");
		assertThat(s256(form.get("code_verifier"))).isEqualTo(asked.get("code_challenge"));
		assertThat(tokenRequest.getHeader(HttpHeaders.AUTHORIZATION)).startsWith("Basic ");

		this.web.get()
			.uri("/api/v2/me")
			.cookies(session::send)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.subject")
			.isEqualTo("grace.okafor@bookingfleet.example")
			.jsonPath("$.name")
			.isEqualTo("Grace Okafor")
			.jsonPath("$.roles[0]")
			.isEqualTo("PROVIDER")
			.jsonPath("$.providerId")
			.isEqualTo(11)
			.jsonPath("$.signedInWith")
			.isEqualTo("session");
	}

	@Test
	void theSessionCookieIsHttpOnlyAndLax() {
		Session session = new Session();
		EntityExchangeResult<byte[]> started = this.web.get()
			.uri("/signin?return=/provider.html")
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult();
		ResponseCookie cookie = started.getResponseCookies().getFirst("SESSION");
		assertThat(cookie).isNotNull();
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getSameSite()).isEqualTo("Lax");
		// served on localhost in this test: not Secure, or the browser would not send it
		// back
		assertThat(cookie.isSecure()).isFalse();
		session.keep(started);
	}

	@Test
	void aServiceRouteGetsTheSessionsAccessToken() throws Exception {
		Session session = signedInProvider("access-relayed", 900);

		this.web.get().uri("/api/v2/bookings/analytics").cookies(session::send).exchange().expectStatus().isOk();

		issuer.verify(getRequestedFor(urlPathEqualTo("/api/v2/bookings/analytics"))
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer access-relayed")));
	}

	@Test
	void anExpiredAccessTokenIsRefreshedBeforeItIsRelayed() throws Exception {
		// 30 seconds left is expired already: tokens are refreshed a minute early
		Session session = signedInProvider("access-old", 30);
		issuer.stubFor(post(urlEqualTo("/oauth2/token")).withRequestBody(containing("grant_type=refresh_token"))
			.atPriority(1)
			.willReturn(okJson(json(Map.of("access_token", "access-new", "token_type", "Bearer", "expires_in", 900,
					"refresh_token", "refresh-2")))));

		this.web.get().uri("/api/v2/bookings/analytics").cookies(session::send).exchange().expectStatus().isOk();

		issuer.verify(getRequestedFor(urlPathEqualTo("/api/v2/bookings/analytics"))
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer access-new")));
		assertThat(form(issuer
			.findAll(postRequestedFor(urlEqualTo("/oauth2/token"))
				.withRequestBody(containing("grant_type=refresh_token")))
			.get(0)
			.getBodyAsString())).containsEntry("refresh_token", "refresh-1");
	}

	@Test
	void aStateChangingSessionCallNeedsTheCsrfToken() throws Exception {
		Session session = signedInProvider("access-csrf", 900);
		String body = "{\"serviceId\":1}";

		this.web.post()
			.uri("/api/v2/bookings")
			.contentType(MediaType.APPLICATION_JSON)
			.cookies(session::send)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("FORBIDDEN")
			.jsonPath("$.error.message")
			.value(message -> assertThat(message.toString()).contains("CSRF"));
		assertThat(issuer.findAll(postRequestedFor(urlEqualTo("/api/v2/bookings")))).isEmpty();

		this.web.post()
			.uri("/api/v2/bookings")
			.contentType(MediaType.APPLICATION_JSON)
			.cookies(session::send)
			.header("X-XSRF-TOKEN", session.csrf())
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk();
		issuer.verify(postRequestedFor(urlEqualTo("/api/v2/bookings")).withHeader(HttpHeaders.AUTHORIZATION,
				equalTo("Bearer access-csrf")));
	}

	@Test
	void aCallWithItsOwnBearerTokenNeedsNoCsrfTokenAndKeepsItsToken() throws Exception {
		Session session = signedInProvider("access-session", 900);
		String own = this.sharedSecretTokens.mint("api-client", Set.of(Role.CLIENT), null, Duration.ofMinutes(5));

		this.web.post()
			.uri("/api/v2/bookings")
			.contentType(MediaType.APPLICATION_JSON)
			.cookies(session::send)
			.headers(h -> h.setBearerAuth(own))
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isOk();

		issuer.verify(postRequestedFor(urlEqualTo("/api/v2/bookings")).withHeader(HttpHeaders.AUTHORIZATION,
				equalTo("Bearer " + own)));
	}

	@Test
	void aGuestWithoutASessionBooksAsBefore() {
		this.web.post()
			.uri("/api/v2/bookings")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isOk();
		LoggedRequest relayed = issuer.findAll(postRequestedFor(urlEqualTo("/api/v2/bookings"))).get(0);
		assertThat(relayed.containsHeader(HttpHeaders.AUTHORIZATION)).isFalse();
	}

	@Test
	void signingOutEndsTheSessionAndSignsOutAtTheIssuer() throws Exception {
		Session session = signedInProvider("access-bye", 900);

		this.web.post().uri("/logout").cookies(session::send).exchange().expectStatus().isForbidden();

		EntityExchangeResult<byte[]> out = this.web.post()
			.uri("/logout")
			.cookies(session::send)
			.header("X-XSRF-TOKEN", session.csrf())
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult();

		URI endSession = out.getResponseHeaders().getLocation();
		assertThat(endSession.toString()).startsWith(issuer.baseUrl() + "/connect/logout");
		Map<String, String> asked = query(endSession);
		assertThat(asked).containsKey("id_token_hint")
			.containsEntry("post_logout_redirect_uri", "http://localhost:8080/");
		this.web.get().uri("/api/v2/me").cookies(session::send).exchange().expectStatus().isUnauthorized();
	}

	/**
	 * The issuer replaces the sign-in's ID token with the one a refresh gives (Spring
	 * Authorization Server signs out only with the authorization's current ID token as
	 * {@code id_token_hint}), so sign-out after a refresh must send the refreshed one,
	 * and the person keeps their roles.
	 */
	@Test
	void signingOutAfterARefreshSendsTheRefreshedIdToken() throws Exception {
		Session session = signedInProvider("access-stale", 30);
		String refreshedIdToken = idToken(null, Instant.now().plusSeconds(5));
		issuer.stubFor(post(urlEqualTo("/oauth2/token")).withRequestBody(containing("grant_type=refresh_token"))
			.atPriority(1)
			.willReturn(okJson(json(Map.of("access_token", "access-fresh", "token_type", "Bearer", "expires_in", 900,
					"refresh_token", "refresh-2", "scope", "openid profile email", "id_token", refreshedIdToken)))));

		this.web.get().uri("/api/v2/bookings/analytics").cookies(session::send).exchange().expectStatus().isOk();
		issuer.verify(getRequestedFor(urlPathEqualTo("/api/v2/bookings/analytics"))
			.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer access-fresh")));

		// still a provider after the refresh, at the gateway's rules and for the page
		this.web.get().uri("/api/v2/providers/11/schedule").cookies(session::send).exchange().expectStatus().isOk();
		this.web.get()
			.uri("/api/v2/me")
			.cookies(session::send)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.roles[0]")
			.isEqualTo("PROVIDER")
			.jsonPath("$.providerId")
			.isEqualTo(11);

		EntityExchangeResult<byte[]> out = this.web.post()
			.uri("/logout")
			.cookies(session::send)
			.header("X-XSRF-TOKEN", session.csrf())
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult();
		Map<String, String> asked = query(out.getResponseHeaders().getLocation());
		assertThat(asked).containsEntry("id_token_hint", refreshedIdToken)
			.containsEntry("post_logout_redirect_uri", "http://localhost:8080/");
	}

	/**
	 * Sessions live in Redis: another gateway instance (or this one after a restart),
	 * which never saw the sign-in, knows the person, relays their token and signs them
	 * out for every instance.
	 */
	@Test
	void aSessionMadeByOneGatewayIsHonouredByAnother() throws Exception {
		Session session = signedInProvider("access-shared", 900);

		try (ConfigurableApplicationContext other = new SpringApplicationBuilder(GatewayApplication.class)
			.initializers(context -> ((GenericApplicationContext) context).registerBean(ReactorResourceFactory.class,
					SignInTest::ownEventLoops))
			.run(anotherGateway())) {
			WebTestClient second = WebTestClient.bindToServer()
				.baseUrl("http://localhost:" + other.getEnvironment().getProperty("local.server.port"))
				.responseTimeout(Duration.ofSeconds(30))
				.build();

			second.get()
				.uri("/api/v2/me")
				.cookies(session::send)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.subject")
				.isEqualTo("grace.okafor@bookingfleet.example")
				.jsonPath("$.roles[0]")
				.isEqualTo("PROVIDER")
				.jsonPath("$.signedInWith")
				.isEqualTo("session");
			second.get().uri("/api/v2/bookings/analytics").cookies(session::send).exchange().expectStatus().isOk();
			issuer.verify(getRequestedFor(urlPathEqualTo("/api/v2/bookings/analytics"))
				.withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer access-shared")));

			second.post()
				.uri("/logout")
				.cookies(session::send)
				.header("X-XSRF-TOKEN", session.csrf())
				.exchange()
				.expectStatus()
				.isFound();
		}

		this.web.get().uri("/api/v2/me").cookies(session::send).exchange().expectStatus().isUnauthorized();
	}

	/** The same settings as this test's gateway, on a port of its own. */
	private static String[] anotherGateway() {
		List<String> settings = new ArrayList<>(
				List.of("--server.port=0", "--LOG_FORMAT=", "--fleet.gateway.signin.issuer-uri=" + issuer.baseUrl(),
						"--fleet.gateway.signin.client-secret=test-secret", "--spring.data.redis.host=127.0.0.1",
						"--spring.data.redis.port=" + TestFleet.sharedRedisPort()));
		for (String service : new String[] { "PRICING", "AVAILABILITY", "BOOKING", "PAYMENT", "INTEGRATION" }) {
			settings.add("--" + service + "_URL=" + issuer.baseUrl());
		}
		for (String limit : new String[] { "booking-creation", "pricing", "availability", "catalog" }) {
			settings.add("--fleet.gateway.rate-limits." + limit + ".limit=10000");
		}
		return settings.toArray(String[]::new);
	}

	/**
	 * Event loops of its own: closing the other gateway must not stop the ones this
	 * test's gateway shares (Reactor Netty's global ones).
	 */
	private static ReactorResourceFactory ownEventLoops() {
		ReactorResourceFactory loops = new ReactorResourceFactory();
		loops.setUseGlobalResources(false);
		return loops;
	}

	@Test
	void thePageMaySendItsSignOutFormOnToTheIssuerAndHasAPageOfTheCustomersBookings() {
		this.web.get()
			.uri("/my-bookings.html")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value("Content-Security-Policy",
					policy -> assertThat(policy).contains("form-action 'self' " + issuer.baseUrl() + ";"));
	}

	@Test
	void nobodySignedInIsA401() {
		this.web.get()
			.uri("/api/v2/me")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("UNAUTHENTICATED");
	}

	private Session signedInProvider(String accessToken, int expiresIn) throws Exception {
		Session session = new Session();
		Map<String, String> asked = query(startSignIn(session, "/provider.html"));
		finishSignIn(session, asked, tokens(asked.get("nonce"), accessToken, expiresIn));
		EntityExchangeResult<byte[]> me = this.web.get()
			.uri("/api/v2/me")
			.cookies(session::send)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult();
		session.keep(me);
		assertThat(session.csrf()).isNotBlank();
		return session;
	}

	private URI startSignIn(Session session, String back) {
		EntityExchangeResult<byte[]> started = this.web.get()
			.uri("/signin?return=" + back)
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult();
		session.keep(started);
		EntityExchangeResult<byte[]> redirect = this.web.get()
			.uri(started.getResponseHeaders().getLocation().toString())
			.cookies(session::send)
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult();
		session.keep(redirect);
		return redirect.getResponseHeaders().getLocation();
	}

	private String finishSignIn(Session session, Map<String, String> asked, Map<String, Object> tokens) {
		issuer.stubFor(post(urlEqualTo("/oauth2/token")).willReturn(okJson(json(tokens))));
		EntityExchangeResult<byte[]> callback = this.web.get()
			.uri("/login/oauth2/code/identity?code=the-code&state="
					+ URLDecoder.decode(asked.get("state"), StandardCharsets.UTF_8))
			.cookies(session::send)
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult();
		session.keep(callback);
		return callback.getResponseHeaders().getLocation().toString();
	}

	private static Map<String, Object> tokens(String nonce, String accessToken, int expiresIn) throws JOSEException {
		return Map.of("access_token", accessToken, "token_type", "Bearer", "expires_in", expiresIn, "refresh_token",
				"refresh-1", "scope", "openid profile email", "id_token", idToken(nonce, Instant.now()));
	}

	/**
	 * Grace's ID token; one issued by a refresh has no nonce (as Spring Authorization
	 * Server issues it) and a later issue time.
	 */
	private static String idToken(String nonce, Instant issued) throws JOSEException {
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer.baseUrl())
			.subject("grace.okafor@bookingfleet.example")
			.audience("gateway")
			.issueTime(Date.from(issued))
			.expirationTime(Date.from(issued.plusSeconds(900)))
			.claim("name", "Grace Okafor")
			.claim("email", "grace.okafor@bookingfleet.example")
			.claim("roles", List.of("PROVIDER"))
			.claim("providerId", 11);
		if (nonce != null) {
			claims.claim("nonce", nonce);
		}
		SignedJWT idToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(issuerKey.getKeyID()).build(),
				claims.build());
		idToken.sign(new RSASSASigner(issuerKey));
		return idToken.serialize();
	}

	private static Map<String, String> query(URI uri) {
		Map<String, String> values = new LinkedHashMap<>();
		UriComponentsBuilder.fromUri(uri)
			.build()
			.getQueryParams()
			.forEach((name, list) -> values.put(name, URLDecoder.decode(list.get(0), StandardCharsets.UTF_8)));
		return values;
	}

	private static Map<String, String> form(String body) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String pair : body.split("&")) {
			String[] parts = pair.split("=", 2);
			values.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
					(parts.length > 1) ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
		}
		return values;
	}

	private static String s256(String verifier) throws NoSuchAlgorithmException {
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
	}

	private static String json(Map<String, Object> values) {
		StringBuilder json = new StringBuilder("{");
		values.forEach((name, value) -> {
			if (json.length() > 1) {
				json.append(',');
			}
			json.append('"').append(name).append("\":").append(jsonValue(value));
		});
		return json.append('}').toString();
	}

	private static String jsonValue(Object value) {
		if (value instanceof Number) {
			return value.toString();
		}
		if (value instanceof List<?> list) {
			return list.stream()
				.map(SignInTest::jsonValue)
				.reduce((a, b) -> a + "," + b)
				.map(s -> "[" + s + "]")
				.orElse("[]");
		}
		return "\"" + value + "\"";
	}

	private static RSAKey newKey() {
		try {
			return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The browser's cookie jar for this site. */
	static final class Session {

		private final Map<String, String> cookies = new LinkedHashMap<>();

		void keep(EntityExchangeResult<?> result) {
			result.getResponseCookies().forEach((name, set) -> {
				ResponseCookie cookie = set.get(set.size() - 1);
				if (cookie.getMaxAge().isZero()) {
					this.cookies.remove(name);
				}
				else {
					this.cookies.put(name, cookie.getValue());
				}
			});
		}

		void send(org.springframework.util.MultiValueMap<String, String> jar) {
			this.cookies.forEach(jar::add);
		}

		String csrf() {
			return this.cookies.get("XSRF-TOKEN");
		}

	}

}
