package org.bookingfleet.pricing.catalog;

import java.time.LocalTime;
import java.util.Objects;

/**
 * When a service may start, judged on its local start time: inside the regular window at
 * the plain price, inside the wider bookable window with the after-hours fee, never
 * outside it.
 */
public sealed interface ServiceHours {

	boolean isBookableAt(LocalTime start);

	boolean isAfterHoursAt(LocalTime start);

	/**
	 * Round the clock, such as remote online notarization: always bookable, never after
	 * hours.
	 */
	record AllDay() implements ServiceHours {
		@Override
		public boolean isBookableAt(LocalTime start) {
			return true;
		}

		@Override
		public boolean isAfterHoursAt(LocalTime start) {
			return false;
		}
	}

	record Windows(DailyWindow regular, DailyWindow bookable) implements ServiceHours {
		public Windows {
			Objects.requireNonNull(regular, "regular");
			Objects.requireNonNull(bookable, "bookable");
			if (!bookable.covers(regular)) {
				throw new IllegalArgumentException("bookable hours " + bookable + " must cover " + regular);
			}
		}

		@Override
		public boolean isBookableAt(LocalTime start) {
			return bookable.contains(start);
		}

		@Override
		public boolean isAfterHoursAt(LocalTime start) {
			return bookable.contains(start) && !regular.contains(start);
		}
	}

	static ServiceHours allDay() {
		return new AllDay();
	}

	static ServiceHours regular(DailyWindow regular) {
		return new Windows(regular, regular);
	}

	static ServiceHours withAfterHours(DailyWindow regular, DailyWindow bookable) {
		return new Windows(regular, bookable);
	}

}
