package org.bookingfleet.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class FleetArchitectureTest {

	static final JavaClasses FLEET = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.bookingfleet");

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
		ServiceLayout.SERVICES
			.forEach(service -> FleetRules.domainIsPlainJava(service, DomainPackages.FRAMEWORKS).check(FLEET));
	}

	@Test
	void noServiceUsesASandbox() {
		FleetRules.noServiceUsesASandbox().check(FLEET);
	}

	@Test
	void internalPackagesStayInTheirFeature() {
		for (String service : ServiceLayout.SERVICES) {
			FleetRules.internalsStayInTheirFeature(service).check(FLEET);
		}
	}

}
