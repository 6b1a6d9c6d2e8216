package org.bookingfleet.pricing.catalog;

import java.time.Duration;
import java.util.Objects;
import org.bookingfleet.pricing.money.Money;

/** How the base price of a service is made. */
public sealed interface PriceModel {

	Money unitPrice();

	/** One price for the appointment, whoever comes. */
	record Fixed(Money price) implements PriceModel {
		public Fixed {
			requireNotNegative(price);
		}

		@Override
		public Money unitPrice() {
			return price;
		}
	}

	/** A price for each attendee, for courses and group sessions. */
	record PerAttendee(Money pricePerAttendee, int minimumAttendees, int maximumAttendees) implements PriceModel {
		public PerAttendee {
			requireNotNegative(pricePerAttendee);
			if (minimumAttendees < 1 || maximumAttendees < minimumAttendees) {
				throw new IllegalArgumentException("attendee range " + minimumAttendees + ".." + maximumAttendees);
			}
		}

		@Override
		public Money unitPrice() {
			return pricePerAttendee;
		}
	}

	/**
	 * An hourly rate times the booked duration, which must be a whole number of
	 * increments within bounds.
	 */
	record Hourly(Money ratePerHour, Duration minimum, Duration maximum, Duration increment) implements PriceModel {
		public Hourly {
			requireNotNegative(ratePerHour);
			Objects.requireNonNull(minimum, "minimum");
			Objects.requireNonNull(maximum, "maximum");
			Objects.requireNonNull(increment, "increment");
			if (increment.isZero() || increment.isNegative() || minimum.compareTo(increment) < 0
					|| maximum.compareTo(minimum) < 0) {
				throw new IllegalArgumentException("hourly bounds " + minimum + ".." + maximum + " by " + increment);
			}
		}

		public boolean offers(Duration duration) {
			return duration.compareTo(minimum) >= 0 && duration.compareTo(maximum) <= 0
					&& duration.toMinutes() % increment.toMinutes() == 0 && duration.toSecondsPart() == 0;
		}

		@Override
		public Money unitPrice() {
			return ratePerHour;
		}
	}

	private static void requireNotNegative(Money price) {
		Objects.requireNonNull(price, "price");
		if (price.isNegative()) {
			throw new IllegalArgumentException("a price is never negative: " + price);
		}
	}

}
