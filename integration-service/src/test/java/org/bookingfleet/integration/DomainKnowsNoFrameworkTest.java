package org.bookingfleet.integration;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The booking knowledge of this service (plans, schedules, templates, invitations,
 * signatures) is plain Java.
 */
class DomainKnowsNoFrameworkTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.bookingfleet.integration");

	@Test
	void domainPackagesUseNoSpringReactorOrDatabase() {
		noClasses().that()
			.resideInAnyPackage("..integration.job", "..integration.booking", "..integration.fanout",
					"..integration.reminder", "..integration.message", "..integration.calendar",
					"..integration.waitlist", "..integration.notarization", "..integration.webhook")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "reactor..", "io.r2dbc..", "io.github.resilience4j..",
					"tools.jackson..", "org.bookingfleet.platform..")
			.check(CLASSES);
	}

	@Test
	void domainDoesNotReachIntoTheEdges() {
		noClasses().that()
			.resideInAnyPackage("..integration.job", "..integration.booking", "..integration.fanout",
					"..integration.reminder", "..integration.message", "..integration.calendar",
					"..integration.waitlist", "..integration.notarization", "..integration.webhook")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..store..", "..worker..", "..web..", "..consumer..", "..partner..", "..settings..")
			.check(CLASSES);
	}

}
