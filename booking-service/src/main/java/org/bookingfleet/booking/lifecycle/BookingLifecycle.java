package org.bookingfleet.booking.lifecycle;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The booking state machine. Besides the status it keeps the facts the next status
 * depends on: whether the slot is reserved, whether the provider must approve and has,
 * whether money is due now and has been paid. A provider who requires approval approves
 * before the customer is asked to pay.
 */
public record BookingLifecycle(BookingStatus status, Instant startsAt, boolean approvalRequired, boolean paymentDueNow,
		boolean slotReserved, boolean approved, boolean paid) {

	public BookingLifecycle {
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(startsAt, "startsAt");
	}

	public static BookingLifecycle requested(Instant startsAt, boolean approvalRequired, boolean paymentDueNow) {
		return new BookingLifecycle(BookingStatus.PENDING, startsAt, approvalRequired, paymentDueNow, false, false,
				false);
	}

	public Transition on(Action action, Relation relation, Instant now) {
		if (relation == Relation.STRANGER) {
			return new Transition.Refused(Refusal.NOT_FOUND, "no such booking for this caller");
		}
		if (!action.allows(relation)) {
			return new Transition.Refused(Refusal.FORBIDDEN, relation + " may not " + action);
		}
		return switch (action) {
			case RESERVE_SLOT ->
				when(status == BookingStatus.PENDING && !slotReserved, action, () -> withSlotReserved().settled());
			case REJECT_SLOT -> when(status == BookingStatus.PENDING && !slotReserved, action,
					() -> withStatus(BookingStatus.REJECTED));
			case APPROVE -> when(status == BookingStatus.PENDING && slotReserved && approvalRequired && !approved,
					action, () -> withApproval().settled());
			case DECLINE -> when(status == BookingStatus.PENDING && approvalRequired && !approved, action,
					() -> withStatus(BookingStatus.REJECTED));
			case RECORD_PAYMENT -> when(isSettledAndOpen(), action, () -> withPayment().settled());
			case RECORD_PART_PAYMENT -> when(isSettledAndOpen(), action, () -> this);
			case EXPIRE -> when(status == BookingStatus.PENDING || status == BookingStatus.AWAITING_PAYMENT, action,
					() -> withStatus(BookingStatus.EXPIRED));
			case CANCEL -> when(!status.isTerminal(), action, () -> withStatus(BookingStatus.CANCELLED));
			case SWAP_SLOT -> when(isSettledAndOpen(), action, () -> this);
			case UPDATE_DETAILS -> when(!status.isTerminal(), action, () -> this);
			case RESCHEDULE -> !isSettledAndOpen() ? invalid(action)
					: now.isBefore(startsAt) ? accepted(action, this) : new Transition.Refused(Refusal.POLICY_VIOLATION,
							"a booking that has started cannot be rescheduled");
			case COMPLETE -> afterStart(action, now, BookingStatus.COMPLETED);
			case MARK_NO_SHOW -> afterStart(action, now, BookingStatus.NO_SHOW);
		};
	}

	public BookingLifecycle startingAt(Instant newStart) {
		return new BookingLifecycle(status, newStart, approvalRequired, paymentDueNow, slotReserved, approved, paid);
	}

	/**
	 * Awaiting payment or confirmed: such a booking takes money (what it awaits, or a fee
	 * charged since it was confirmed) and can be moved or swapped to another slot.
	 */
	private boolean isSettledAndOpen() {
		return status == BookingStatus.AWAITING_PAYMENT || status == BookingStatus.CONFIRMED;
	}

	private Transition afterStart(Action action, Instant now, BookingStatus target) {
		if (status != BookingStatus.CONFIRMED) {
			return invalid(action);
		}
		if (now.isBefore(startsAt)) {
			return new Transition.Refused(Refusal.POLICY_VIOLATION, "the booking has not started yet");
		}
		return accepted(action, withStatus(target));
	}

	private BookingLifecycle settled() {
		if (approvalRequired && !approved) {
			return withStatus(BookingStatus.PENDING);
		}
		if (paymentDueNow && !paid) {
			return withStatus(BookingStatus.AWAITING_PAYMENT);
		}
		return withStatus(BookingStatus.CONFIRMED);
	}

	private Transition when(boolean allowed, Action action, Supplier<BookingLifecycle> next) {
		return allowed ? accepted(action, next.get()) : invalid(action);
	}

	private Transition accepted(Action action, BookingLifecycle next) {
		return new Transition.Accepted(action, this, next);
	}

	private Transition invalid(Action action) {
		return new Transition.Refused(Refusal.INVALID_STATE_TRANSITION, action + " is not possible from " + status);
	}

	private BookingLifecycle withStatus(BookingStatus next) {
		return new BookingLifecycle(next, startsAt, approvalRequired, paymentDueNow, slotReserved, approved, paid);
	}

	private BookingLifecycle withSlotReserved() {
		return new BookingLifecycle(status, startsAt, approvalRequired, paymentDueNow, true, approved, paid);
	}

	private BookingLifecycle withApproval() {
		return new BookingLifecycle(status, startsAt, approvalRequired, paymentDueNow, slotReserved, true, paid);
	}

	private BookingLifecycle withPayment() {
		return new BookingLifecycle(status, startsAt, approvalRequired, paymentDueNow, slotReserved, approved, true);
	}
}
