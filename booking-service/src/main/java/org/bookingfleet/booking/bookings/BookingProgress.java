package org.bookingfleet.booking.bookings;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.booking.lifecycle.BookingLifecycle;
import org.bookingfleet.booking.lifecycle.BookingStatus;

/**
 * What changes over a booking's life. {@code pendingHoldId} is the hold of a reschedule
 * the saga is still running and {@code pendingFeeCents} the fee that reschedule charges
 * once it succeeds. {@code feesCents} is the sum of the fees charged since the booking
 * was made and {@code charges} their lines (a JSON array, kept as written).
 */
public record BookingProgress(BookingStatus status, Instant startsAt, Instant endsAt, UUID holdId, boolean slotReserved,
		boolean approved, long paidCents, Long refundCents, Instant payBy, UUID pendingHoldId, Long pendingFeeCents,
		long feesCents, String charges, String statusReason, long version, Instant updatedAt) {

	public static BookingProgress requested(Instant startsAt, Instant endsAt, UUID holdId, Instant now) {
		return new BookingProgress(BookingStatus.PENDING, startsAt, endsAt, holdId, false, false, 0, null, null, null,
				null, 0, "[]", null, 1, now);
	}

	public BookingProgress following(BookingLifecycle next, Instant now) {
		return new BookingProgress(next.status(), startsAt, endsAt, holdId, next.slotReserved(), next.approved(),
				paidCents, refundCents, payBy, pendingHoldId, pendingFeeCents, feesCents, charges, statusReason,
				version, now);
	}

	public BookingProgress versioned(long next) {
		return new BookingProgress(status, startsAt, endsAt, holdId, slotReserved, approved, paidCents, refundCents,
				payBy, pendingHoldId, pendingFeeCents, feesCents, charges, statusReason, next, updatedAt);
	}

	public BookingProgress withPaid(long totalPaidCents) {
		return new BookingProgress(status, startsAt, endsAt, holdId, slotReserved, approved, totalPaidCents,
				refundCents, payBy, pendingHoldId, pendingFeeCents, feesCents, charges, statusReason, version,
				updatedAt);
	}

	public BookingProgress withPayBy(Instant deadline) {
		return new BookingProgress(status, startsAt, endsAt, holdId, slotReserved, approved, paidCents, refundCents,
				deadline, pendingHoldId, pendingFeeCents, feesCents, charges, statusReason, version, updatedAt);
	}

	public BookingProgress withRefund(long cents, String reason) {
		return new BookingProgress(status, startsAt, endsAt, holdId, slotReserved, approved, paidCents, cents, payBy,
				pendingHoldId, pendingFeeCents, feesCents, charges, reason, version, updatedAt);
	}

	public BookingProgress withReason(String reason) {
		return new BookingProgress(status, startsAt, endsAt, holdId, slotReserved, approved, paidCents, refundCents,
				payBy, pendingHoldId, pendingFeeCents, feesCents, charges, reason, version, updatedAt);
	}

	/**
	 * A reschedule starts ({@code hold} and its fee) or ends ({@code null},
	 * {@code null}).
	 */
	public BookingProgress withPendingHold(UUID hold, Long feeCents, Instant now) {
		return new BookingProgress(status, startsAt, endsAt, holdId, slotReserved, approved, paidCents, refundCents,
				payBy, hold, feeCents, feesCents, charges, statusReason, version, now);
	}

	public BookingProgress movedTo(Instant start, Instant end, UUID hold, Instant now) {
		return new BookingProgress(status, start, end, hold, slotReserved, approved, paidCents, refundCents, payBy,
				null, null, feesCents, charges, statusReason, version, now);
	}

	/** A fee joins the price: {@code lines} are all the fee lines, this one included. */
	public BookingProgress withFee(long feeCents, String lines) {
		return new BookingProgress(status, startsAt, endsAt, holdId, slotReserved, approved, paidCents, refundCents,
				payBy, pendingHoldId, pendingFeeCents, Math.addExact(feesCents, feeCents), lines, statusReason, version,
				updatedAt);
	}
}
