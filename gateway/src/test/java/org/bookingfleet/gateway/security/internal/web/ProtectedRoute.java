package org.bookingfleet.gateway.security.internal.web;

import java.util.Set;
import java.util.stream.Stream;

import org.bookingfleet.platform.security.Role;
import org.springframework.http.HttpMethod;

/**
 * A route that needs a caller, the roles that pass it, and whether a guest's booking
 * token opens it too.
 */
record ProtectedRoute(HttpMethod method, String path, Set<Role> roles, boolean guestToken) {

	static final Set<Role> ANY = Set.of(Role.CLIENT, Role.PROVIDER, Role.ADMIN);

	static final Set<Role> STAFF = Set.of(Role.PROVIDER, Role.ADMIN);

	static final Set<Role> ADMIN = Set.of(Role.ADMIN);

	static Stream<ProtectedRoute> all() {
		return Stream.of(staff(HttpMethod.GET, "/api/v2/bookings/analytics?from=2026-12-01&to=2026-12-31"),
				new ProtectedRoute(HttpMethod.GET, "/api/v2/bookings/11/audit", ADMIN, false),
				staff(HttpMethod.POST, "/api/v2/bookings/11/transitions"),
				staff(HttpMethod.GET, "/api/v2/providers/7/schedule"),
				staff(HttpMethod.PUT, "/api/v2/providers/7/schedule"),
				staff(HttpMethod.POST, "/api/v2/providers/7/time-off"),
				staff(HttpMethod.DELETE, "/api/v2/providers/7/time-off/3"),
				new ProtectedRoute(HttpMethod.POST, "/api/v2/payments/pay_1/refunds", ADMIN, false),
				new ProtectedRoute(HttpMethod.GET, "/api/v2/integrations/jobs?status=DEAD", ADMIN, false),
				new ProtectedRoute(HttpMethod.POST, "/api/v2/integrations/jobs/5/retry", ADMIN, false),
				new ProtectedRoute(HttpMethod.GET, "/api/v2/promo-codes", ADMIN, false),
				new ProtectedRoute(HttpMethod.POST, "/api/v2/promo-codes", ADMIN, false),
				new ProtectedRoute(HttpMethod.PUT, "/api/v2/services/notary-standard", ADMIN, false),
				new ProtectedRoute(HttpMethod.PATCH, "/api/v2/services/notary-standard", ADMIN, false),
				new ProtectedRoute(HttpMethod.PUT, "/api/v2/promo-codes/WELCOME10", ADMIN, false),
				new ProtectedRoute(HttpMethod.GET, "/api/v2/accounts?role=PROVIDER", ADMIN, false),
				new ProtectedRoute(HttpMethod.POST, "/api/v2/accounts/invitations", ADMIN, false),
				new ProtectedRoute(HttpMethod.POST, "/api/v2/accounts/7/deactivation", ADMIN, false),
				new ProtectedRoute(HttpMethod.GET, "/actuator/gateway/routes", ADMIN, false),
				new ProtectedRoute(HttpMethod.GET, "/api/v2/bookings?status=CONFIRMED", ANY, false),
				booking(HttpMethod.GET, "/api/v2/bookings/11"), booking(HttpMethod.PUT, "/api/v2/bookings/11"),
				booking(HttpMethod.DELETE, "/api/v2/bookings/11?reason=ill"),
				booking(HttpMethod.GET, "/api/v2/bookings/11/events"),
				booking(HttpMethod.GET, "/api/v2/bookings/series/9"), booking(HttpMethod.GET, "/api/v2/waitlist/4"),
				booking(HttpMethod.DELETE, "/api/v2/waitlist/4"), booking(HttpMethod.POST, "/api/v2/payments/intent"),
				booking(HttpMethod.GET, "/api/v2/payments/intent?bookingId=11"),
				booking(HttpMethod.POST, "/api/v2/payments/confirm"), booking(HttpMethod.GET, "/api/v2/payments/pay_1"),
				booking(HttpMethod.GET, "/api/v2/invoices/INV-2026-00001"),
				booking(HttpMethod.GET, "/api/v2/invoices/INV-2026-00001.pdf"));
	}

	static Stream<ProtectedRoute> roleRestricted() {
		return all().filter(route -> !route.roles().equals(ANY));
	}

	static Stream<ProtectedRoute> openToGuests() {
		return all().filter(ProtectedRoute::guestToken);
	}

	private static ProtectedRoute staff(HttpMethod method, String path) {
		return new ProtectedRoute(method, path, STAFF, false);
	}

	private static ProtectedRoute booking(HttpMethod method, String path) {
		return new ProtectedRoute(method, path, ANY, true);
	}

	Role allowedRole() {
		return this.roles.contains(Role.CLIENT) ? Role.CLIENT : this.roles.iterator().next();
	}

	Role refusedRole() {
		return ANY.stream().filter(role -> !this.roles.contains(role)).findFirst().orElseThrow();
	}

	@Override
	public String toString() {
		return this.method + " " + this.path;
	}

}
