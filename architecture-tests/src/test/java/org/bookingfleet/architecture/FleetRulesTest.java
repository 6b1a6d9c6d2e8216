package org.bookingfleet.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.bookingfleet.architecture.fixtures.booking.BookingDesk;
import org.bookingfleet.architecture.fixtures.pricing.PriceList;
import org.junit.jupiter.api.Test;

/** The rule that keeps services apart does fail when one service uses another's class. */
class FleetRulesTest {

	@Test
	void serviceUsingAnotherServicesClassBreaksTheRule() {
		JavaClasses fixtures = new ClassFileImporter().importClasses(BookingDesk.class, PriceList.class);

		EvaluationResult result = FleetRules.servicesAreIndependent("org.bookingfleet.architecture.fixtures")
			.evaluate(fixtures);

		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().toString()).contains("BookingDesk").contains("PriceList");
	}

	@Test
	void servicesThatOnlyShareContractsPassTheRule() {
		JavaClasses fixtures = new ClassFileImporter().importClasses(PriceList.class);

		assertThat(FleetRules.servicesAreIndependent("org.bookingfleet.architecture.fixtures")
			.evaluate(fixtures)
			.hasViolation()).isFalse();
	}

}
