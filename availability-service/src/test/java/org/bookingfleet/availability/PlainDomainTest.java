package org.bookingfleet.availability;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class PlainDomainTest {

	private static final String[] DOMAIN = { "org.bookingfleet.availability.time..",
			"org.bookingfleet.availability.schedule..", "org.bookingfleet.availability.slot..",
			"org.bookingfleet.availability.query.." };

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.bookingfleet.availability");

	@Test
	void slotGenerationKnowsNoSpringReactorOrDatabase() {
		noClasses().that()
			.resideInAnyPackage(DOMAIN)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "reactor..", "io.r2dbc..", "org.apache.kafka..",
					"tools.jackson..", "org.bookingfleet.platform..")
			.check(classes);
	}

	@Test
	void slotGenerationKnowsNothingOfTheServiceAroundIt() {
		noClasses().that()
			.resideInAnyPackage(DOMAIN)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.bookingfleet.availability.reservation..", "org.bookingfleet.availability.search..",
					"org.bookingfleet.availability.provider..", "org.bookingfleet.availability.catalog..",
					"org.bookingfleet.availability.live..")
			.check(classes);
	}

}
