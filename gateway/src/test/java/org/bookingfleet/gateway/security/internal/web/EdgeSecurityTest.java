package org.bookingfleet.gateway.security.internal.web;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.bookingfleet.gateway.TestFleet;
import org.bookingfleet.platform.security.JwtTokens;
import org.bookingfleet.platform.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway's JWT checks on every protected route, in front of services that would
 * answer anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "LOG_FORMAT=")
@AutoConfigureWebTestClient
class EdgeSecurityTest {

	static final WireMockServer services = new WireMockServer(options().dynamicPort());

	static {
		services.start();
		services.stubFor(any(anyUrl()).willReturn(okJson("{}")));
	}

	@Autowired
	WebTestClient web;

	@Autowired
	JwtTokens tokens;

	@Value("${fleet.security.jwt-secret}")
	String secret;

	@DynamicPropertySource
	static void fleet(DynamicPropertyRegistry registry) {
		TestFleet.allServicesAt(registry, services.baseUrl());
		TestFleet.redis(registry);
		TestFleet.generousRateLimits(registry);
	}

	@AfterAll
	static void stop() {
		services.stop();
	}

	static Stream<ProtectedRoute> protectedRoutes() {
		return ProtectedRoute.all();
	}

	static Stream<ProtectedRoute> roleRestrictedRoutes() {
		return ProtectedRoute.roleRestricted();
	}

	static Stream<ProtectedRoute> guestRoutes() {
		return ProtectedRoute.openToGuests();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("protectedRoutes")
	void callWithoutATokenIsRefusedWith401(ProtectedRoute route) {
		call(route, null).expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals("WWW-Authenticate", "Bearer")
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("UNAUTHENTICATED")
			.jsonPath("$.error.requestId")
			.isNotEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("protectedRoutes")
	void expiredTokenIsRefusedWith401(ProtectedRoute route) {
		JwtTokens twoHoursAgo = new JwtTokens(this.secret, Clock.offset(Clock.systemUTC(), Duration.ofHours(-2)));
		String expired = twoHoursAgo.mint("alice", route.roles(), 7L, Duration.ofHours(1));

		call(route, expired).expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("UNAUTHENTICATED")
			.jsonPath("$.error.message")
			.isEqualTo("the token has expired; sign in again");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("protectedRoutes")
	void tokenSignedWithAnotherKeyIsRefusedWith401(ProtectedRoute route) {
		JwtTokens forger = new JwtTokens("a-key-that-is-not-the-fleet-key-0123456789", Clock.systemUTC());
		String forged = forger.mint("mallory", Set.of(Role.ADMIN), null, Duration.ofHours(1));

		call(route, forged).expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("UNAUTHENTICATED");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("roleRestrictedRoutes")
	void tokenWithTheWrongRoleIsRefusedWith403(ProtectedRoute route) {
		String wrongRole = this.tokens.mint("carol", Set.of(route.refusedRole()), 7L, Duration.ofHours(1));

		call(route, wrongRole).expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("FORBIDDEN")
			.jsonPath("$.error.requestId")
			.isNotEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("protectedRoutes")
	void tokenWithAnAllowedRolePasses(ProtectedRoute route) {
		String token = this.tokens.mint("dave", Set.of(route.allowedRole()), 7L, Duration.ofHours(1));

		call(route, token).expectStatus().isOk();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("guestRoutes")
	void guestWithABookingTokenPassesToTheServiceThatChecksIt(ProtectedRoute route) {
		this.web.method(route.method())
			.uri(route.path())
			.header("X-Booking-Token", "guest-access-token")
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void aGuestFollowingALinkOfAMessagePassesWithTheLinkToTheServiceThatChecksIt() {
		this.web.get()
			.uri("/api/v2/invoices/HMNP-INV-2026-00001.pdf?link=signed-invoice-link")
			.exchange()
			.expectStatus()
			.isOk();
		this.web.get().uri("/api/v2/bookings/77?link=signed-manage-link").exchange().expectStatus().isOk();
		this.web.get().uri("/api/v2/bookings/77?link=").exchange().expectStatus().isUnauthorized();

		services
			.verify(getRequestedFor(urlEqualTo("/api/v2/invoices/HMNP-INV-2026-00001.pdf?link=signed-invoice-link")));
		services.verify(getRequestedFor(urlEqualTo("/api/v2/bookings/77?link=signed-manage-link")));
	}

	@Test
	void serviceReceivesTheCallersTokenToCheckItAgain() {
		String token = this.tokens.mint("erin", Set.of(Role.CLIENT), null, Duration.ofHours(1));

		this.web.get().uri("/api/v2/bookings/77").headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk();

		services.verify(getRequestedFor(urlEqualTo("/api/v2/bookings/77")).withHeader("Authorization",
				equalTo("Bearer " + token)));
	}

	@Test
	void publicReadsAndTheGuestBookingPathNeedNoToken() {
		this.web.get().uri("/api/v2/services").exchange().expectStatus().isOk();
		this.web.get().uri("/api/v2/services/notary-mobile").exchange().expectStatus().isOk();
		this.web.get().uri("/api/v2/businesses/houston-mobile-notary").exchange().expectStatus().isOk();
		this.web.get().uri("/api/v2/services/pricing?serviceId=notary-mobile").exchange().expectStatus().isOk();
		this.web.post().uri("/api/v2/services/pricing").bodyValue("{}").exchange().expectStatus().isOk();
		this.web.get().uri("/api/v2/availability?serviceId=notary-mobile").exchange().expectStatus().isOk();
		this.web.get().uri("/api/v2/availability/stream?serviceId=notary-mobile").exchange().expectStatus().isOk();
		this.web.get()
			.uri("/api/v2/availability/days?serviceId=notary-mobile&month=2026-12")
			.exchange()
			.expectStatus()
			.isOk();
		this.web.post().uri("/api/v2/availability/hold").bodyValue("{}").exchange().expectStatus().isOk();
		this.web.delete().uri("/api/v2/availability/hold/9").exchange().expectStatus().isOk();
		this.web.post()
			.uri("/api/v2/bookings")
			.header("Idempotency-Key", "k-1")
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isOk();
		this.web.post().uri("/api/v2/waitlist").bodyValue("{}").exchange().expectStatus().isOk();
		this.web.get().uri("/api/v2/waitlist/offers/5").exchange().expectStatus().isOk();
		this.web.post().uri("/api/v2/webhooks/stripe").bodyValue("{}").exchange().expectStatus().isOk();
		this.web.post().uri("/api/v2/webhooks/ghl").bodyValue("{}").exchange().expectStatus().isOk();
		this.web.post().uri("/api/v2/webhooks/proof").bodyValue("{}").exchange().expectStatus().isOk();
	}

	@Test
	void aBadTokenOnAPublicRouteIsStill401AsAtTheServices() {
		for (String search : new String[] { "/api/v2/services", "/api/v2/availability?serviceId=notary-mobile" }) {
			this.web.get()
				.uri(search)
				.header("Authorization", "Bearer not.a.token")
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectBody()
				.jsonPath("$.error.code")
				.isEqualTo("UNAUTHENTICATED");
		}
		this.web.post()
			.uri("/api/v2/availability/hold")
			.header("Authorization", "Bearer not.a.token")
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void anApiPathNoRuleOpensNeedsACaller() {
		this.web.get().uri("/api/v2/somewhere-new").exchange().expectStatus().isUnauthorized();
	}

	private WebTestClient.ResponseSpec call(ProtectedRoute route, String token) {
		WebTestClient.RequestBodySpec request = this.web.method(route.method()).uri(route.path());
		if (token != null) {
			request.headers(headers -> headers.setBearerAuth(token));
		}
		if (route.method() == HttpMethod.POST || route.method() == HttpMethod.PUT) {
			request.header("Content-Type", "application/json").bodyValue("{}");
		}
		return request.exchange();
	}

}
