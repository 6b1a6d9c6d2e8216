package org.bookingfleet.architecture;

/**
 * What a service's domain may not use. Every service is laid out by feature
 * ({@link ServiceLayout}): the packages of a feature that are not internal decide
 * (prices, slots, the booking's states and saga, payments and refunds, the partner jobs'
 * plans) and are checked by one rule ({@link FleetRules#domainIsPlainJava}); everything
 * in an {@code internal} package adapts them to the web, the database or the broker.
 */
final class DomainPackages {

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
