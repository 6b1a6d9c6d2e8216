package org.bookingfleet.booking.saga;

import java.util.List;

import org.bookingfleet.booking.lifecycle.Action;
import org.bookingfleet.booking.lifecycle.BookingStatus;

/**
 * The booking's saga as a table: every step from {@code POST /bookings} to
 * {@code CONFIRMED} across the services, and the steps that end it otherwise. A row says
 * which input in which situation it is, the state machine's {@link Action} it asks (none:
 * the status is not the booking's to change), the statuses it can reach (none: the status
 * stays), the events it writes in the transaction of the change (named by their contract
 * type) and what undoes the work elsewhere when the booking does not go ahead. The saga's
 * handlers ask {@link BookingSaga#step} which row an input is and run it.
 */
public enum SagaStep {

	REQUEST_SLOT(SagaInput.BOOKING_ASKED, Situation.ANY, null, List.of(BookingStatus.PENDING),
			List.of("BookingRequested"), Compensation.NONE),
	RESERVE_SLOT(SagaInput.SLOT_RESERVED, Situation.BOOKED_HOLD, Action.RESERVE_SLOT,
			List.of(BookingStatus.PENDING, BookingStatus.AWAITING_PAYMENT, BookingStatus.CONFIRMED),
			List.of("BookingAwaitingPayment", "BookingConfirmed"), Compensation.NONE),
	REJECT_SLOT(SagaInput.SLOT_REJECTED, Situation.BOOKED_HOLD, Action.REJECT_SLOT, List.of(BookingStatus.REJECTED),
			List.of("BookingRejected"), Compensation.CANCEL_OTHER_OCCURRENCES),
	CANCEL_OCCURRENCE(SagaInput.OCCURRENCE_LOST, Situation.ANY, Action.CANCEL, List.of(BookingStatus.CANCELLED),
			List.of("BookingCancelled"), Compensation.RELEASE_SLOT_AND_MONEY),
	RECORD_PAYMENT(SagaInput.PAYMENT_SUCCEEDED, Situation.PAYMENT_COVERS, Action.RECORD_PAYMENT,
			List.of(BookingStatus.CONFIRMED), List.of("BookingConfirmed"), Compensation.NONE),
	RECORD_PART_PAYMENT(SagaInput.PAYMENT_SUCCEEDED, Situation.PAYMENT_PART, Action.RECORD_PART_PAYMENT, List.of(),
			List.of(), Compensation.NONE),
	RETURN_PAYMENT(SagaInput.PAYMENT_SUCCEEDED, Situation.PAYMENT_NOT_TAKEN, null, List.of(),
			List.of("PaymentNotApplied"), Compensation.GIVE_PAYMENT_BACK),
	EXPIRE_UNANSWERED(SagaInput.ANSWER_DEADLINE_PASSED, Situation.ANY, Action.EXPIRE, List.of(BookingStatus.EXPIRED),
			List.of("BookingExpired"), Compensation.RELEASE_SLOT_AND_MONEY),
	EXPIRE_UNPAID(SagaInput.PAYMENT_WINDOW_PASSED, Situation.ANY, Action.EXPIRE, List.of(BookingStatus.EXPIRED),
			List.of("BookingExpired"), Compensation.RELEASE_SLOT_AND_MONEY),
	CANCEL(SagaInput.CANCEL_ASKED, Situation.ANY, Action.CANCEL, List.of(BookingStatus.CANCELLED),
			List.of("BookingCancelled"), Compensation.RELEASE_SLOT_AND_MONEY),
	RESCHEDULE(SagaInput.RESCHEDULE_ASKED, Situation.ANY, Action.RESCHEDULE, List.of(), List.of("BookingRescheduled"),
			Compensation.NONE),
	SWAP_SLOT(SagaInput.SLOT_RESERVED, Situation.RESCHEDULE_HOLD, Action.SWAP_SLOT, List.of(),
			List.of("BookingFeeCharged"), Compensation.NONE),
	DROP_SLOT_OF_CLOSED_BOOKING(SagaInput.SLOT_RESERVED, Situation.RESCHEDULE_HOLD_OF_CLOSED_BOOKING, null, List.of(),
			List.of(), Compensation.KEEP_OLD_SLOT),
	KEEP_OLD_SLOT(SagaInput.SLOT_REJECTED, Situation.RESCHEDULE_HOLD, null, List.of(), List.of(),
			Compensation.KEEP_OLD_SLOT),
	KEEP_OLD_SLOT_OF_CLOSED_BOOKING(SagaInput.SLOT_REJECTED, Situation.RESCHEDULE_HOLD_OF_CLOSED_BOOKING, null,
			List.of(), List.of(), Compensation.KEEP_OLD_SLOT);

	private final SagaInput input;

	private final Situation situation;

	private final Action action;

	private final List<BookingStatus> reaches;

	private final List<String> announces;

	private final Compensation compensation;

	SagaStep(SagaInput input, Situation situation, Action action, List<BookingStatus> reaches, List<String> announces,
			Compensation compensation) {
		this.input = input;
		this.situation = situation;
		this.action = action;
		this.reaches = reaches;
		this.announces = announces;
		this.compensation = compensation;
	}

	public SagaInput input() {
		return input;
	}

	public Situation situation() {
		return situation;
	}

	/** The state machine's action the step asks; null when the status is not changed. */
	public Action action() {
		return action;
	}

	/** The statuses the step can reach; empty when the status stays. */
	public List<BookingStatus> reaches() {
		return reaches;
	}

	/**
	 * The contract types of the events the step writes with its change (a status change
	 * writes the one event of its new status; a swap writes a fee or new price only when
	 * what is due changes).
	 */
	public List<String> announces() {
		return announces;
	}

	public Compensation compensation() {
		return compensation;
	}

}
