package org.bookingfleet.pricing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.bookingfleet.pricing.catalog.DemoCatalog;
import org.bookingfleet.pricing.catalog.ServiceDefinition;
import org.bookingfleet.pricing.engine.PricingRefusal.Reason;
import org.junit.jupiter.api.Test;

/**
 * Service hours judge the start only: the length a customer chooses may run past the
 * close.
 */
class BookableHoursTest {

	private static final Instant ASKED = Instant.parse("2027-02-01T12:00:00Z");

	// 19:30 and 20:00 in Denver (MST) on Thursday 4 February 2027; the handyman is
	// bookable 07:00-20:00
	private static final Instant HALF_AN_HOUR_BEFORE_CLOSE = Instant.parse("2027-02-05T02:30:00Z");

	private static final Instant AT_CLOSE = Instant.parse("2027-02-05T03:00:00Z");

	private final PricingEngine engine = new PricingEngine();

	@Test
	void startInsideBookableHoursIsPricedEvenWhenItsLengthRunsPastTheClose() {
		PricingResult result = price(HALF_AN_HOUR_BEFORE_CLOSE, Duration.ofHours(8));

		assertThat(result).isInstanceOf(PricingResult.Priced.class);
		assertThat(((PricingResult.Priced) result).breakdown().basePriceCents()).isEqualTo(8 * 6_500);
	}

	@Test
	void startAtTheCloseIsOutsideServiceHoursWhateverItsLength() {
		PricingResult result = price(AT_CLOSE, Duration.ofHours(1));

		assertThat(result).isInstanceOf(PricingResult.Refused.class);
		assertThat(((PricingResult.Refused) result).refusal().reason()).isEqualTo(Reason.OUTSIDE_SERVICE_HOURS);
	}

	private PricingResult price(Instant start, Duration length) {
		ServiceDefinition handyman = DemoCatalog.service("pro-handyman").orElseThrow();
		return engine.price(handyman, DemoCatalog.taxJurisdiction(handyman.taxJurisdiction()).orElseThrow(),
				new PricingRequest(start, Optional.of(DemoCatalog.DENVER_CENTRE), 1, Optional.of(length),
						Optional.empty(), ASKED));
	}

}
