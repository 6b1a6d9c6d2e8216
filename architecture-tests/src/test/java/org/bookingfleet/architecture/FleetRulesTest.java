package org.bookingfleet.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.bookingfleet.architecture.fixtures.booking.BookingDesk;
import org.bookingfleet.architecture.fixtures.clinic.billing.Bill;
import org.bookingfleet.architecture.fixtures.clinic.billing.internal.web.BillDesk;
import org.bookingfleet.architecture.fixtures.clinic.visits.Visit;
import org.bookingfleet.architecture.fixtures.clinic.visits.internal.store.VisitRows;
import org.bookingfleet.architecture.fixtures.clinic.visits.internal.web.VisitDesk;
import org.bookingfleet.architecture.fixtures.pricing.PriceList;
import org.junit.jupiter.api.Test;

/** The rule that keeps services apart does fail when one service uses another's class. */
class FleetRulesTest {

	private static final String CLINIC = "org.bookingfleet.architecture.fixtures.clinic";

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

	@Test
	void aFeatureUsingAnotherFeaturesInternalsBreaksTheLayout() {
		JavaClasses fixtures = new ClassFileImporter().importClasses(Visit.class, VisitRows.class, VisitDesk.class,
				BillDesk.class);

		EvaluationResult result = FleetRules.internalsStayInTheirFeature(CLINIC).evaluate(fixtures);

		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().toString()).contains("BillDesk").doesNotContain("VisitDesk");
	}

	@Test
	void aFeatureUsingItsOwnInternalsKeepsTheLayout() {
		JavaClasses fixtures = new ClassFileImporter().importClasses(Visit.class, VisitRows.class, VisitDesk.class);

		assertThat(FleetRules.internalsStayInTheirFeature(CLINIC).evaluate(fixtures).hasViolation()).isFalse();
		assertThat(FleetRules.domainIsPlainJava(CLINIC, DomainPackages.FRAMEWORKS).evaluate(fixtures).hasViolation())
			.isFalse();
	}

	@Test
	void aFeaturesDomainUsingReactorBreaksTheLaidOutDomainRule() {
		JavaClasses fixtures = new ClassFileImporter().importClasses(Bill.class, Visit.class, VisitRows.class);

		EvaluationResult result = FleetRules.domainIsPlainJava(CLINIC, DomainPackages.FRAMEWORKS).evaluate(fixtures);

		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().toString()).contains("Bill").doesNotContain("VisitRows");
	}

}
