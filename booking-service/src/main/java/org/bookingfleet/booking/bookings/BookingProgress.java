package org.bookingfleet.booking.bookings;

import java.time.Instant;
import java.util.UUID;
import org.bookingfleet.booking.lifecycle.BookingLifecycle;
import org.bookingfleet.booking.lifecycle.BookingStatus;

/** What changes over a booking's life. {@code pendingHoldId} is the hold of a reschedule the saga is still running. */
public record BookingProgress(
        BookingStatus status,
        Instant startsAt,
        Instant endsAt,
        UUID holdId,
        boolean slotReserved,
        boolean approved,
        long paidCents,
        Long refundCents,
        Instant payBy,
        UUID pendingHoldId,
        String statusReason,
        long version,
        Instant updatedAt) {

    public static BookingProgress requested(Instant startsAt, Instant endsAt, UUID holdId, Instant now) {
        return new BookingProgress(BookingStatus.PENDING, startsAt, endsAt, holdId, false, false, 0, null, null, null, null, 1, now);
    }

    BookingProgress following(BookingLifecycle next, Instant now) {
        return new BookingProgress(next.status(), startsAt, endsAt, holdId, next.slotReserved(), next.approved(), paidCents,
                refundCents, payBy, pendingHoldId, statusReason, version, now);
    }

    BookingProgress versioned(long next) {
        return new BookingProgress(status, startsAt, endsAt, holdId, slotReserved, approved, paidCents, refundCents, payBy,
                pendingHoldId, statusReason, next, updatedAt);
    }

    BookingProgress withPayment(long cents) {
        return new BookingProgress(status, startsAt, endsAt, holdId, slotReserved, approved, paidCents + cents, refundCents, payBy,
                pendingHoldId, statusReason, version, updatedAt);
    }

    BookingProgress withPayBy(Instant deadline) {
        return new BookingProgress(status, startsAt, endsAt, holdId, slotReserved, approved, paidCents, refundCents, deadline,
                pendingHoldId, statusReason, version, updatedAt);
    }

    BookingProgress withRefund(long cents, String reason) {
        return new BookingProgress(status, startsAt, endsAt, holdId, slotReserved, approved, paidCents, cents, payBy,
                pendingHoldId, reason, version, updatedAt);
    }

    BookingProgress withReason(String reason) {
        return new BookingProgress(status, startsAt, endsAt, holdId, slotReserved, approved, paidCents, refundCents, payBy,
                pendingHoldId, reason, version, updatedAt);
    }

    BookingProgress withPendingHold(UUID hold, Instant now) {
        return new BookingProgress(status, startsAt, endsAt, holdId, slotReserved, approved, paidCents, refundCents, payBy,
                hold, statusReason, version, now);
    }

    BookingProgress movedTo(Instant start, Instant end, UUID hold, Instant now) {
        return new BookingProgress(status, start, end, hold, slotReserved, approved, paidCents, refundCents, payBy, null,
                statusReason, version, now);
    }
}
