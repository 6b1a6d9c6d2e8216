package org.bookingfleet.booking.bookings;

import org.bookingfleet.booking.lifecycle.Balance;
import org.bookingfleet.booking.lifecycle.BookingLifecycle;
import org.bookingfleet.booking.lifecycle.Parties;

public record Booking(BookingDetails details, BookingProgress progress) {

	public BookingLifecycle lifecycle() {
		long due = amountDueCents();
		return new BookingLifecycle(progress.status(), progress.startsAt(), details.approvalRequired(), due > 0,
				progress.slotReserved(), progress.approved(), due > 0 && progress.paidCents() >= due);
	}

	/**
	 * What the booking asks to be paid now: the deposit or the full price as quoted, plus
	 * the fees charged since.
	 */
	public long amountDueCents() {
		return Math.addExact(details.amountDueCents(), progress.feesCents());
	}

	/**
	 * What is due now, what the booking costs in all (its price with the fees; after a
	 * deposit the rest is its balance).
	 */
	public Balance balance() {
		return new Balance(amountDueCents(), Math.addExact(details.totalCents(), progress.feesCents()),
				progress.paidCents(), details.currency());
	}

	public Parties parties() {
		return new Parties(details.customerId(), String.valueOf(details.providerId()), details.accessTokenDigest());
	}

	/**
	 * A fee joins what is due now, on top of what is paid; {@code lines} are all fee
	 * lines, this one included.
	 */
	Booking charging(long feeCents, String lines) {
		long priceDueNow = Balance.priceDueNowWithFee(details.amountDueCents(), details.totalCents(),
				progress.paidCents(), progress.feesCents());
		return new Booking(details.withAmountDue(priceDueNow), progress.withFee(feeCents, lines));
	}

	public Booking with(BookingProgress next) {
		return new Booking(details, next);
	}

	Booking with(BookingDetails next) {
		return new Booking(next, progress);
	}
}
