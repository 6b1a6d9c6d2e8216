package org.bookingfleet.pricing.promo;

import java.util.Objects;
import org.bookingfleet.pricing.money.Money;
import org.bookingfleet.pricing.money.Percentage;

/** What a promo code takes off, before the cap at the amount it discounts. */
public sealed interface PromoDiscount {

	Money of(Money subtotal);

	record PercentOff(Percentage share) implements PromoDiscount {
		public PercentOff {
			Objects.requireNonNull(share, "share");
		}

		@Override
		public Money of(Money subtotal) {
			return share.of(subtotal);
		}
	}

	record AmountOff(Money amount) implements PromoDiscount {
		public AmountOff {
			Objects.requireNonNull(amount, "amount");
			if (amount.isNegative()) {
				throw new IllegalArgumentException("a discount is never negative: " + amount);
			}
		}

		@Override
		public Money of(Money subtotal) {
			return amount;
		}
	}

}
