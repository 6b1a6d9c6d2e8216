package org.bookingfleet.pricing.promo;

import java.util.Objects;
import org.bookingfleet.pricing.money.Money;

public sealed interface PromoOutcome {

	record Granted(PromoCode promo, Money discount) implements PromoOutcome {
		public Granted {
			Objects.requireNonNull(promo, "promo");
			Objects.requireNonNull(discount, "discount");
		}
	}

	record Refused(PromoRefusal reason) implements PromoOutcome {
		public Refused {
			Objects.requireNonNull(reason, "reason");
		}
	}

}
