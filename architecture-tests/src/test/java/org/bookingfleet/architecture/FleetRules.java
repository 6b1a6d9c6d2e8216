package org.bookingfleet.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The rules, written once and applied to the fleet and, in a test of the rules, to
 * fixtures that break them.
 */
final class FleetRules {

	private FleetRules() {
	}

	/** Each service (and the gateway) is a slice of its own; no slice may use another. */
	static ArchRule servicesAreIndependent(String root) {
		return slices().matching(root + ".(gateway|identity|pricing|availability|booking|payment|integration)..")
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
			.resideInAnyPackage(ServiceLayout.everyService())
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

	/**
	 * In a service laid out by feature ({@code service.feature} holds the feature's
	 * plain-Java domain, {@code service.feature.internal.web|store|messaging} its
	 * adapters), no class uses another feature's {@code internal} package. The service's
	 * own package (its application and wiring) may.
	 */
	static ArchRule internalsStayInTheirFeature(String service) {
		return classes().that()
			.resideInAPackage(service + "..")
			.should(new ArchCondition<JavaClass>("use no other feature's internal package") {
				@Override
				public void check(JavaClass origin, ConditionEvents events) {
					String from = ServiceLayout.featureOf(service, origin.getPackageName());
					for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
						String target = dependency.getTargetClass().getPackageName();
						if (from.isEmpty() || !ServiceLayout.isInternal(service, target)) {
							continue;
						}
						if (!from.equals(ServiceLayout.featureOf(service, target))) {
							events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
						}
					}
				}
			})
			.because("a feature's adapters are its own; other features use its domain or its events");
	}

	/**
	 * The domain of a service laid out by feature: every package below the service's own
	 * that is not internal uses no framework, database, broker or JSON library and none
	 * of the service's adapters.
	 */
	static ArchRule domainIsPlainJava(String service, String... frameworks) {
		DescribedPredicate<JavaClass> inDomain = DescribedPredicate.describe("in a feature's domain of " + service,
				type -> ServiceLayout.isDomain(service, type.getPackageName()));
		DescribedPredicate<JavaClass> edgeOfTheService = DescribedPredicate.describe("an adapter of " + service,
				type -> type.getPackageName().equals(service)
						|| ServiceLayout.isInternal(service, type.getPackageName()));
		return noClasses().that(inDomain)
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
			.resideInAnyPackage(ServiceLayout.everyService())
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.bookingfleet.sandbox..")
			.because("the sandboxes are development tools; a service talks to whatever its configuration names");
	}

}
