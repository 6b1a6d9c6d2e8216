package org.bookingfleet.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules, written once and applied to the fleet and, in a test of the rules, to
 * fixtures that break them.
 */
final class FleetRules {

	private FleetRules() {
	}

	/** Each service (and the gateway) is a slice of its own; no slice may use another. */
	static ArchRule servicesAreIndependent(String root) {
		return slices().matching(root + ".(gateway|pricing|availability|booking|payment|integration)..")
			.should()
			.notDependOnEachOther()
			.allowEmptyShould(true)
			.because("services talk through events and the public API, never through each other's classes");
	}

	static ArchRule sharedLibrariesHoldNoServiceCode() {
		return noClasses().that()
			.resideInAnyPackage("org.bookingfleet.events..", "org.bookingfleet.platform..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.bookingfleet.gateway..", "org.bookingfleet.pricing..",
					"org.bookingfleet.availability..", "org.bookingfleet.booking..", "org.bookingfleet.payment..",
					"org.bookingfleet.integration..")
			.because("the shared libraries hold no domain logic and no entity of any service");
	}

	static ArchRule eventContractsKnowNoFramework() {
		return noClasses().that()
			.resideInAPackage("org.bookingfleet.events..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "reactor..", "io.r2dbc..", "org.apache.kafka..")
			.because("event contracts are plain records that any consumer can read");
	}

	static ArchRule nothingReachesIntoAnotherFeaturesInternals() {
		return noClasses().that()
			.resideOutsideOfPackage("..internal..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..internal..")
			.allowEmptyShould(true)
			.because("an internal package is private to the feature that holds it");
	}

}
