package org.bookingfleet.gateway.security.internal.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;

/**
 * Who may pass the gateway on which route; docs/security.md holds the same table in
 * words. Anything not named here under {@code /api/} needs a signed-in caller, so a new
 * route is closed until a rule opens it. The services check the token again and own the
 * finer rules (whose booking, which provider).
 */
final class AccessRules {

	static final String ADMIN = "ADMIN";

	static final String PROVIDER = "PROVIDER";

	private AccessRules() {
	}

	static void apply(AuthorizeExchangeSpec rules) {
		BookingTokenOrSignedIn guestOrSignedIn = new BookingTokenOrSignedIn();
		rules
			// the page, its files and the health probes
			.pathMatchers(HttpMethod.GET, "/", "/index.html", "/manage.html", "/provider.html", "/my-bookings.html",
					"/favicon.ico", "/favicon.svg", "/assets/**", "/page/settings.json")
			.permitAll()
			// the start of signing in (the callback and sign-out are answered before
			// these rules)
			.pathMatchers(HttpMethod.GET, "/signin")
			.permitAll()
			.pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info")
			.permitAll()
			// public reads and the guest's booking path
			.pathMatchers(HttpMethod.GET, "/api/v2/services", "/api/v2/services/**", "/api/v2/businesses/*")
			.permitAll()
			.pathMatchers(HttpMethod.POST, "/api/v2/services/pricing")
			.permitAll()
			.pathMatchers(HttpMethod.GET, "/api/v2/availability", "/api/v2/availability/days",
					"/api/v2/availability/stream")
			.permitAll()
			.pathMatchers(HttpMethod.POST, "/api/v2/availability/hold")
			.permitAll()
			.pathMatchers(HttpMethod.DELETE, "/api/v2/availability/hold/*")
			.permitAll()
			.pathMatchers(HttpMethod.POST, "/api/v2/bookings", "/api/v2/waitlist")
			.permitAll()
			// the slot held for a waitlist offer: the offer's id, sent only to the
			// customer offered it, is the capability
			.pathMatchers(HttpMethod.GET, "/api/v2/waitlist/offers/*")
			.permitAll()
			// partners sign their webhooks; the receiving service checks the signature
			.pathMatchers(HttpMethod.POST, "/api/v2/webhooks/stripe", "/api/v2/webhooks/ghl", "/api/v2/webhooks/proof")
			.permitAll()
			// staff only
			.pathMatchers(HttpMethod.GET, "/api/v2/bookings/analytics")
			.hasAnyRole(PROVIDER, ADMIN)
			.pathMatchers(HttpMethod.GET, "/api/v2/bookings/*/audit")
			.hasRole(ADMIN)
			.pathMatchers(HttpMethod.POST, "/api/v2/bookings/*/transitions")
			.hasAnyRole(PROVIDER, ADMIN)
			.pathMatchers("/api/v2/providers/**")
			.hasAnyRole(PROVIDER, ADMIN)
			.pathMatchers(HttpMethod.POST, "/api/v2/payments/*/refunds")
			.hasRole(ADMIN)
			.pathMatchers("/api/v2/integrations/**")
			.hasRole(ADMIN)
			.pathMatchers("/api/v2/promo-codes", "/api/v2/promo-codes/**")
			.hasRole(ADMIN)
			.pathMatchers(HttpMethod.PUT, "/api/v2/services/*")
			.hasRole(ADMIN)
			.pathMatchers(HttpMethod.PATCH, "/api/v2/services/*")
			.hasRole(ADMIN)
			// providers' accounts: invitations, deactivation (the identity provider)
			.pathMatchers("/api/v2/accounts", "/api/v2/accounts/**")
			.hasRole(ADMIN)
			// metrics name the backends' addresses: Prometheus scrapes with an admin
			// token
			.pathMatchers("/actuator/**")
			.hasRole(ADMIN)
			// one booking: its owner, its provider, an admin, or the guest holding its
			// access token
			.pathMatchers(HttpMethod.GET, "/api/v2/bookings/*", "/api/v2/bookings/*/events",
					"/api/v2/bookings/series/*")
			.access(guestOrSignedIn)
			.pathMatchers(HttpMethod.PUT, "/api/v2/bookings/*")
			.access(guestOrSignedIn)
			.pathMatchers(HttpMethod.DELETE, "/api/v2/bookings/*")
			.access(guestOrSignedIn)
			.pathMatchers(HttpMethod.GET, "/api/v2/waitlist/*")
			.access(guestOrSignedIn)
			.pathMatchers(HttpMethod.DELETE, "/api/v2/waitlist/*")
			.access(guestOrSignedIn)
			.pathMatchers(HttpMethod.GET, "/api/v2/payments/intent", "/api/v2/payments/*", "/api/v2/invoices/*")
			.access(guestOrSignedIn)
			.pathMatchers(HttpMethod.POST, "/api/v2/payments/intent", "/api/v2/payments/confirm")
			.access(guestOrSignedIn)
			// everything else: signed in
			.anyExchange()
			.authenticated();
	}

}
