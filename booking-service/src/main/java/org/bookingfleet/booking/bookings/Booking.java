package org.bookingfleet.booking.bookings;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.bookingfleet.booking.lifecycle.Balance;
import org.bookingfleet.booking.lifecycle.BookingLifecycle;
import org.bookingfleet.booking.lifecycle.BookingStatus;
import org.bookingfleet.booking.lifecycle.Parties;
import org.bookingfleet.booking.lifecycle.RefundedMoney;
import org.bookingfleet.booking.lifecycle.Transition;

/**
 * A booking: what it was made with, how far it got, and what was refunded of the money it
 * took.
 */
public record Booking(BookingDetails details, BookingProgress progress, RefundedMoney refunded) {

	public Booking(BookingDetails details, BookingProgress progress) {
		this(details, progress, RefundedMoney.NONE);
	}

	/**
	 * What the booking holds of what was paid: its paid amount less the refunds of its
	 * payments. The balance ({@link #balance()}) counts what was paid towards the price
	 * before refunds, so a refund never makes the customer owe again.
	 */
	public long keptCents() {
		return refunded.keptOf(progress.paidCents());
	}

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
	public Booking charging(long feeCents, String lines) {
		long priceDueNow = Balance.priceDueNowWithFee(details.amountDueCents(), details.totalCents(),
				progress.paidCents(), progress.feesCents());
		return new Booking(details.withAmountDue(priceDueNow), progress.withFee(feeCents, lines), refunded);
	}

	/**
	 * The booking as the state machine's accepted transition leaves it; one that now
	 * awaits payment is given until {@code now + paymentWindow} to pay.
	 */
	public Booking following(Transition.Accepted accepted, Instant now, Duration paymentWindow) {
		Booking moved = with(progress.following(accepted.after(), now));
		if (accepted.after().status() == BookingStatus.AWAITING_PAYMENT && accepted.changesStatus()) {
			moved = moved.with(moved.progress().withPayBy(now.plus(paymentWindow)));
		}
		return moved;
	}

	/**
	 * The decision that makes this booking {@code after}: one version on, announcing its
	 * new status when the status changed ({@code actorType} is who changed it).
	 */
	public Decision decide(Booking after, String actorType) {
		return decide(after, next -> {
			BookingEvent status = progress.status() == next.progress().status() ? null
					: BookingEvent.ofStatus(next, actorType);
			return status == null ? List.of() : List.of(status);
		});
	}

	/**
	 * The decision that makes this booking {@code after}, one version on, with the events
	 * made of the booking it becomes.
	 */
	public Decision decide(Booking after, Function<Booking, List<BookingEvent>> events) {
		Booking next = after.with(after.progress().versioned(progress.version() + 1));
		return new Decision(next, events.apply(next));
	}

	/**
	 * This booking takes the slot its reschedule reserved, as {@code moved} (at the new
	 * time, with the new time's price and party if they changed). The fee of a late
	 * reschedule joins the price as a line ({@code chargesWith} gives the booking's fee
	 * lines with it added), a new price gives back what was paid beyond it, and the
	 * decision announces the fee, or else the new price when what is due changed.
	 */
	public Decision takeRescheduledSlot(Booking moved, Function<FeeLine, String> chargesWith) {
		boolean repriced = !moved.details().quote().equals(details.quote());
		boolean owesOtherwise = moved.details().totalCents() != details.totalCents()
				|| moved.amountDueCents() != amountDueCents();
		Long fee = progress.pendingFeeCents();
		FeeLine line = (fee == null || fee <= 0) ? null : new FeeLine(FeeLine.RESCHEDULE_FEE, "Late reschedule fee",
				fee, "reschedule policy: moved " + progress.startsAt() + " to " + moved.progress().startsAt());
		Booking charged = (line == null) ? moved : moved.charging(fee, chargesWith.apply(line));
		long overpaid = repriced ? NewPrices.overpaidCents(charged) : 0;
		return decide(NewPrices.givingBack(charged, overpaid), swapped -> {
			if (line != null) {
				return List.of(new BookingEvent.FeeCharged(swapped, line, overpaid));
			}
			return (owesOtherwise || overpaid > 0) ? List
				.of(new BookingEvent.Repriced(swapped, swapped.details().totalCents() - details.totalCents(), overpaid))
					: List.of();
		});
	}

	/** A decision that leaves the booking as it is and only announces {@code events}. */
	public Decision announce(BookingEvent... events) {
		return new Decision(this, List.of(events));
	}

	public Booking with(BookingProgress next) {
		return new Booking(details, next, refunded);
	}

	public Booking with(BookingDetails next) {
		return new Booking(next, progress, refunded);
	}
}
