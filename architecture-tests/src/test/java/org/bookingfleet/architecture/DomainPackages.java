package org.bookingfleet.architecture;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each service keeps its plain-Java domain: the packages whose classes decide
 * (prices, slots, the booking's states and policies, payments and refunds, the partner
 * jobs' plans). Everything else in a service is an edge that adapts the domain to the
 * web, the database or the broker. One table for the fleet, read by one rule
 * ({@link FleetRules#domainIsPlainJava}); a package ending in {@code ..} includes its
 * sub-packages.
 */
final class DomainPackages {

	/**
	 * The services laid out by feature ({@link ServiceLayout}): their domain is every
	 * package that is not internal, so they need no list below. A service leaves the
	 * table when it joins this set.
	 */
	static final Set<String> LAID_OUT = Set.of("org.bookingfleet.gateway", "org.bookingfleet.identity",
			"org.bookingfleet.integration", "org.bookingfleet.availability", "org.bookingfleet.pricing",
			"org.bookingfleet.payment");

	static final Map<String, List<String>> OF_SERVICE = Map.of(
			// booking
			"org.bookingfleet.booking",
			List.of("org.bookingfleet.booking.lifecycle", "org.bookingfleet.booking.policy",
					"org.bookingfleet.booking.series", "org.bookingfleet.booking.request",
					"org.bookingfleet.booking.idempotency", "org.bookingfleet.booking.waitlist",
					"org.bookingfleet.booking.analytics", "org.bookingfleet.booking.quote",
					"org.bookingfleet.booking.bookings", "org.bookingfleet.booking.saga"));

	/**
	 * What no domain class may use: frameworks, the database, the broker, a JSON mapper
	 * (Jackson's annotations, which only name a field, are allowed).
	 */
	static final String[] FRAMEWORKS = { "org.springframework..", "reactor..", "io.r2dbc..", "org.apache.kafka..",
			"io.github.resilience4j..", "tools.jackson..", "com.fasterxml.jackson.databind..",
			"com.fasterxml.jackson.core..", "org.bookingfleet.platform..", "org.bookingfleet.events.." };

	private DomainPackages() {
	}

}
