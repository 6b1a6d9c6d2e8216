package org.bookingfleet.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatchers;
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

	/**
	 * A service's domain packages use no framework, database, broker or JSON library, and
	 * none of the service's own edges: only Java, the event contracts' records where they
	 * are the domain's words, and each other.
	 */
	static ArchRule domainIsPlainJava(String service, List<String> domain, String... frameworks) {
		PackageMatchers inDomain = PackageMatchers.of(domain);
		DescribedPredicate<JavaClass> edgeOfTheService = DescribedPredicate.describe("an edge of " + service,
				target -> target.getPackageName().startsWith(service + ".") && !inDomain.test(target.getPackageName()));
		return noClasses().that()
			.resideInAnyPackage(domain.toArray(String[]::new))
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(frameworks)
			.orShould()
			.dependOnClassesThat(edgeOfTheService)
			.because("the domain decides in plain Java, tested in milliseconds; its adapters depend on it, "
					+ "never the other way round");
	}

	static ArchRule noServiceUsesASandbox() {
		return noClasses().that()
			.resideInAnyPackage("org.bookingfleet.gateway..", "org.bookingfleet.pricing..",
					"org.bookingfleet.availability..", "org.bookingfleet.booking..", "org.bookingfleet.payment..",
					"org.bookingfleet.integration..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.bookingfleet.sandbox..")
			.because("the sandboxes are development tools; a service talks to whatever its configuration names");
	}

}
