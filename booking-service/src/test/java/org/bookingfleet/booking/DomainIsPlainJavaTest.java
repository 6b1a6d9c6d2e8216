package org.bookingfleet.booking;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The booking rules are plain Java: no Spring, no Reactor, no R2DBC, no platform, no web,
 * in the domain packages.
 */
class DomainIsPlainJavaTest {

	private static final String[] DOMAIN = { "org.bookingfleet.booking.lifecycle", "org.bookingfleet.booking.policy",
			"org.bookingfleet.booking.series", "org.bookingfleet.booking.request",
			"org.bookingfleet.booking.idempotency", "org.bookingfleet.booking.waitlist",
			"org.bookingfleet.booking.analytics", "org.bookingfleet.booking.quote" };

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.bookingfleet.booking");

	@Test
	void domainPackagesUseNoFrameworkAndNoDatabase() {
		noClasses().that()
			.resideInAnyPackage(DOMAIN)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "reactor..", "io.r2dbc..", "org.bookingfleet.platform..",
					"org.bookingfleet.events..")
			.check(classes);
	}

	@Test
	void domainPackagesDoNotReachIntoTheServiceEdges() {
		noClasses().that()
			.resideInAnyPackage(DOMAIN)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.bookingfleet.booking.bookings..", "org.bookingfleet.booking.catalog..",
					"org.bookingfleet.booking.terms..", "org.bookingfleet.booking.audit..",
					"org.bookingfleet.booking.waitlisting..")
			.check(classes);
	}

}
