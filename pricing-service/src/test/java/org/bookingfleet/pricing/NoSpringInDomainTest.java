package org.bookingfleet.pricing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The pricing domain is plain Java: Spring, Reactor, R2DBC, Jackson and Kafka stay in the
 * web and store packages.
 */
class NoSpringInDomainTest {

	private static final String[] DOMAIN = { "org.bookingfleet.pricing.money", "org.bookingfleet.pricing.geo",
			"org.bookingfleet.pricing.catalog", "org.bookingfleet.pricing.promo", "org.bookingfleet.pricing.engine",
			"org.bookingfleet.pricing.quote", "org.bookingfleet.pricing.series" };

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.bookingfleet.pricing");

	@Test
	void domainPackagesUseNoFrameworkOrDatabase() {
		noClasses().that()
			.resideInAnyPackage(DOMAIN)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "reactor..", "io.r2dbc..", "tools.jackson..",
					"com.fasterxml..", "org.apache.kafka..", "org.bookingfleet.platform..", "org.bookingfleet.events..")
			.check(classes);
	}

	@Test
	void domainPackagesDoNotReachIntoTheirEdges() {
		noClasses().that()
			.resideInAnyPackage(DOMAIN)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..web..", "..store..")
			.check(classes);
	}

}
