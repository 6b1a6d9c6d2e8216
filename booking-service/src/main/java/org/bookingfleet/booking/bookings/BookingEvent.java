package org.bookingfleet.booking.bookings;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.booking.lifecycle.BookingStatus;

/**
 * What a booking's decision announces, in the booking's words: each is written as the one
 * event contract of its kind, in the transaction of the change, carrying the booking as
 * it is after it (its version included).
 */
public sealed interface BookingEvent {

	Booking booking();

	/**
	 * The event a change of status announces, if the new status has one ({@code PENDING}
	 * has none).
	 */
	static BookingEvent ofStatus(Booking after, String actorType) {
		BookingStatus status = after.progress().status();
		return switch (status) {
			case PENDING -> null;
			case AWAITING_PAYMENT -> new AwaitingPayment(after);
			case CONFIRMED -> new Confirmed(after);
			case REJECTED -> new Rejected(after);
			case EXPIRED -> new Expired(after);
			case CANCELLED -> new Cancelled(after, actorType);
			case COMPLETED, NO_SHOW -> new Completed(after);
		};
	}

	/** Stored {@code PENDING}: the availability service is asked to book the hold. */
	record Requested(Booking booking) implements BookingEvent {
	}

	record AwaitingPayment(Booking booking) implements BookingEvent {
	}

	record Confirmed(Booking booking) implements BookingEvent {
	}

	record Rejected(Booking booking) implements BookingEvent {
	}

	record Expired(Booking booking) implements BookingEvent {
	}

	record Cancelled(Booking booking, String cancelledBy) implements BookingEvent {
	}

	/** Completed or marked a no-show. */
	record Completed(Booking booking) implements BookingEvent {
	}

	/**
	 * A fee joined the price ({@code feeLine} is its line in the booking's fee lines);
	 * what was paid beyond a lower new price is given back ({@code refundCents}).
	 */
	record FeeCharged(Booking booking, FeeLine fee, long refundCents) implements BookingEvent {
	}

	/**
	 * The booking took a new price ({@code differenceCents} from the old one); what was
	 * paid beyond it is given back ({@code refundCents}).
	 */
	record Repriced(Booking booking, long differenceCents, long refundCents) implements BookingEvent {
	}

	/** A payment the booking did not take goes back in full; the booking stays. */
	record PaymentReturned(Booking booking, UUID paymentId, String paymentIntentId, long amountCents,
			String currency) implements BookingEvent {
	}

	/** The booking asks the availability service to book a new hold for it. */
	record Rescheduled(Booking booking, UUID holdId, Instant fromStart, Instant fromEnd, Instant toStart, Instant toEnd,
			int seats) implements BookingEvent {
	}

}
