package org.bookingfleet.booking.bookings;

import org.bookingfleet.booking.lifecycle.BookingLifecycle;
import org.bookingfleet.booking.lifecycle.Parties;

public record Booking(BookingDetails details, BookingProgress progress) {

    public BookingLifecycle lifecycle() {
        long due = details.amountDueCents();
        return new BookingLifecycle(progress.status(), progress.startsAt(), details.approvalRequired(), due > 0,
                progress.slotReserved(), progress.approved(), due > 0 && progress.paidCents() >= due);
    }

    public Parties parties() {
        return new Parties(details.customerId(), String.valueOf(details.providerId()), details.accessTokenDigest());
    }

    public Booking with(BookingProgress next) {
        return new Booking(details, next);
    }

    Booking with(BookingDetails next) {
        return new Booking(next, progress);
    }
}
