package org.bookingfleet.pricing.engine;

import java.util.Objects;

public sealed interface PricingResult {

	record Priced(PriceBreakdown breakdown) implements PricingResult {
		public Priced {
			Objects.requireNonNull(breakdown, "breakdown");
		}
	}

	record Refused(PricingRefusal refusal) implements PricingResult {
		public Refused {
			Objects.requireNonNull(refusal, "refusal");
		}
	}

}
