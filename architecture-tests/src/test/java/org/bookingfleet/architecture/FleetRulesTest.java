package org.bookingfleet.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.bookingfleet.architecture.fixtures.booking.BookingDesk;
import org.bookingfleet.architecture.fixtures.pricing.PriceList;
import org.bookingfleet.architecture.fixtures.shop.rules.Discount;
import org.bookingfleet.architecture.fixtures.shop.rules.DiscountFromRows;
import org.bookingfleet.architecture.fixtures.shop.rules.ReactiveDiscount;
import org.bookingfleet.architecture.fixtures.shop.store.DiscountRows;
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

	@Test
	void aDomainClassUsingReactorOrItsServicesStoreBreaksTheDomainRule() {
		JavaClasses fixtures = new ClassFileImporter().importClasses(Discount.class, ReactiveDiscount.class,
				DiscountFromRows.class, DiscountRows.class);

		EvaluationResult result = shopDomainRule().evaluate(fixtures);

		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().toString()).contains("ReactiveDiscount")
			.contains("DiscountFromRows")
			.doesNotContain("<" + Discount.class.getName() + ".");
	}

	@Test
	void anEdgeUsingItsDomainPassesTheDomainRule() {
		JavaClasses fixtures = new ClassFileImporter().importClasses(Discount.class, DiscountRows.class);

		assertThat(shopDomainRule().evaluate(fixtures).hasViolation()).isFalse();
	}

	private static com.tngtech.archunit.lang.ArchRule shopDomainRule() {
		return FleetRules.domainIsPlainJava("org.bookingfleet.architecture.fixtures.shop",
				java.util.List.of("org.bookingfleet.architecture.fixtures.shop.rules"), DomainPackages.FRAMEWORKS);
	}

}
