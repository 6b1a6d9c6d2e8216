package org.bookingfleet.pricing.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;
import org.bookingfleet.pricing.money.Money;
import org.junit.jupiter.api.Test;

class DemoCatalogTest {

	@Test
	void serviceIdsAreUniqueAndEveryServiceBelongsToADemoBusiness() {
		assertThat(DemoCatalog.services()).extracting(ServiceDefinition::id).doesNotHaveDuplicates();
		assertThat(DemoCatalog.services()).extracting(ServiceDefinition::businessId)
			.allMatch(id -> DemoCatalog.businesses().stream().anyMatch(business -> business.id().equals(id)));
	}

	@Test
	void everyServiceIsPricedInItsBusinessCurrencyAndTimeZone() {
		assertThat(DemoCatalog.services()).allSatisfy(service -> {
			Business business = DemoCatalog.businesses()
				.stream()
				.filter(candidate -> candidate.id().equals(service.businessId()))
				.findFirst()
				.orElseThrow();
			assertThat(service.currency()).isEqualTo(business.currency());
			assertThat(service.timeZone()).isEqualTo(business.timeZone());
			assertThat(DemoCatalog.taxJurisdiction(service.taxJurisdiction())).isPresent();
		});
	}

	@Test
	void theTexasNotaryKeepsThePricesHoursAndRadiiOfItsNotes() {
		assertThat(DemoCatalog.services()).filteredOn(service -> service.businessId().equals("houston-mobile-notary"))
			.extracting(ServiceDefinition::name, service -> service.priceModel().unitPrice(),
					service -> service.serviceArea().map(ServiceArea::standardRadiusMiles).orElse(null))
			.containsExactly(tuple("Standard Notary", Money.of(7_500, "USD"), 15),
					tuple("Extended Hours Notary", Money.of(10_000, "USD"), 20),
					tuple("Loan Signing", Money.of(15_000, "USD"), 25),
					tuple("RON Acknowledgment", Money.of(3_500, "USD"), null),
					tuple("RON Oath/Affirmation", Money.of(3_500, "USD"), null));
		ServiceDefinition standard = DemoCatalog.service("hmnp-standard-notary").orElseThrow();
		assertThat(standard.hours().isAfterHoursAt(LocalTime.of(8, 59))).isTrue();
		assertThat(standard.hours().isAfterHoursAt(LocalTime.of(9, 0))).isFalse();
		assertThat(standard.hours().isAfterHoursAt(LocalTime.of(17, 0))).isTrue();
		assertThat(standard.serviceArea().orElseThrow().travelFeeCentsPerMile()).isEqualTo(50);
		assertThat(DemoCatalog.service("hmnp-ron-acknowledgment").orElseThrow().hours())
			.isInstanceOf(ServiceHours.AllDay.class);
		assertThat(DemoCatalog.taxJurisdiction("US-TX").orElseThrow().rate().value())
			.isEqualByComparingTo(new BigDecimal("8.25"));
	}

	@Test
	void theOtherBusinessesUseTheirOwnCurrencyTaxAndZone() {
		assertThat(DemoCatalog.PALERMO_BARBERS.timeZone()).isEqualTo(ZoneId.of("America/Argentina/Buenos_Aires"));
		assertThat(DemoCatalog.PALERMO_BARBERS.currency().getCurrencyCode()).isEqualTo("ARS");
		assertThat(DemoCatalog.taxJurisdiction("AR-IVA").orElseThrow().rate().value()).isEqualByComparingTo("21");
		assertThat(DemoCatalog.LONDON_FIRST_AID.timeZone()).isEqualTo(ZoneId.of("Europe/London"));
		assertThat(DemoCatalog.taxJurisdiction("GB-VAT").orElseThrow().rate().value()).isEqualByComparingTo("20");
		assertThat(DemoCatalog.services()).filteredOn(service -> service.type() == ServiceType.COURSE)
			.isNotEmpty()
			.allSatisfy(course -> {
				assertThat(course.minimumAttendees()).isEqualTo(1);
				assertThat(course.maximumAttendees()).isEqualTo(12);
			});
		assertThat(DemoCatalog.services()).filteredOn(service -> service.type() == ServiceType.HOURLY)
			.isNotEmpty()
			.allSatisfy(pro -> {
				assertThat(pro.priceModel()).isInstanceOf(PriceModel.Hourly.class);
				assertThat(pro.travels()).isTrue();
			});
	}

	@Test
	void demoPromoCodesAreFoundWhateverTheCaseTyped() {
		assertThat(DemoCatalog.promoCode(" welcome10")).map(promo -> promo.code()).contains("WELCOME10");
		assertThat(DemoCatalog.promoCode("NOSUCHCODE")).isEmpty();
	}

}
