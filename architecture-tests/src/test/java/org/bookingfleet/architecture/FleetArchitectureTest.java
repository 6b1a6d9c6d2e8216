package org.bookingfleet.architecture;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class FleetArchitectureTest {

	static final JavaClasses FLEET = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.bookingfleet");

	static final List<String> SERVICES = List.of("org.bookingfleet.pricing", "org.bookingfleet.availability",
			"org.bookingfleet.booking", "org.bookingfleet.payment", "org.bookingfleet.integration",
			"org.bookingfleet.identity", "org.bookingfleet.gateway");

	@Test
	void noServiceDependsOnAnother() {
		FleetRules.servicesAreIndependent("org.bookingfleet").check(FLEET);
	}

	@Test
	void sharedLibrariesHoldNoServiceCode() {
		FleetRules.sharedLibrariesHoldNoServiceCode().check(FLEET);
	}

	@Test
	void eventContractsKnowNoFramework() {
		FleetRules.eventContractsKnowNoFramework().check(FLEET);
	}

	@Test
	void everyServicesDomainIsPlainJava() {
		SERVICES.forEach(service -> FleetRules.domainIsPlainJava(service, DomainPackages.FRAMEWORKS).check(FLEET));
	}

	@Test
	void noServiceUsesASandbox() {
		FleetRules.noServiceUsesASandbox().check(FLEET);
	}

	@Test
	void internalPackagesStayInTheirFeature() {
		for (String service : SERVICES) {
			FleetRules.internalsStayInTheirFeature(service).check(FLEET);
		}
	}

}
