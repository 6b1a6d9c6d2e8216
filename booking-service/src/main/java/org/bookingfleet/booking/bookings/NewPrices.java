package org.bookingfleet.booking.bookings;

import org.bookingfleet.booking.policy.Repricing;
import org.bookingfleet.booking.quote.LockedQuote;

/**
 * A booking taking the price of a fresh quote, after a move to another time or a change
 * of its address: the same share of the new price is due now as of the old one, and what
 * was paid beyond the new price and the fees is given back (no longer counted as paid;
 * the event that announces the new price says how much).
 */
public final class NewPrices {

	private NewPrices() {
	}

	public static Booking priced(Booking booking, LockedQuote quote, String quoteJson) {
		BookingDetails d = booking.details();
		long dueNow = Repricing.priceDueNow(d.amountDueCents(), d.totalCents(), quote.finalPriceCents(),
				quote.depositRequiredCents());
		return booking.with(d.repriced(quoteJson, quote.finalPriceCents(), quote.depositRequiredCents(), dueNow));
	}

	/** What the repriced booking gives back: what was paid beyond its price and fees. */
	public static long overpaidCents(Booking repriced) {
		return Repricing.overpaidCents(repriced.progress().paidCents(), repriced.details().totalCents(),
				repriced.progress().feesCents());
	}

	public static Booking givingBack(Booking repriced, long overpaidCents) {
		return overpaidCents == 0 ? repriced
				: repriced.with(repriced.progress().withPaid(repriced.progress().paidCents() - overpaidCents));
	}

}
