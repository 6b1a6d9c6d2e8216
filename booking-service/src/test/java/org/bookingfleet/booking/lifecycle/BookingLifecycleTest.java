package org.bookingfleet.booking.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BookingLifecycleTest {

	private static final Instant START = Instant.parse("2026-12-05T15:00:00Z");

	private static final Instant BEFORE_START = START.minus(Duration.ofDays(2));

	private static final Instant AFTER_START = START.plus(Duration.ofMinutes(5));

	@Test
	void reservedSlotWithMoneyDueAwaitsPayment() {
		BookingLifecycle booking = BookingLifecycle.requested(START, false, true);

		assertThat(statusAfter(booking.on(Action.RESERVE_SLOT, Relation.SAGA, BEFORE_START)))
			.isEqualTo(BookingStatus.AWAITING_PAYMENT);
	}

	@Test
	void reservedSlotWithNothingDueIsConfirmedAtOnce() {
		BookingLifecycle booking = BookingLifecycle.requested(START, false, false);

		assertThat(statusAfter(booking.on(Action.RESERVE_SLOT, Relation.SAGA, BEFORE_START)))
			.isEqualTo(BookingStatus.CONFIRMED);
	}

	@Test
	void paymentConfirmsABookingAwaitingPayment() {
		BookingLifecycle awaiting = after(BookingLifecycle.requested(START, false, true), Action.RESERVE_SLOT,
				Relation.SAGA);

		assertThat(statusAfter(awaiting.on(Action.RECORD_PAYMENT, Relation.SAGA, BEFORE_START)))
			.isEqualTo(BookingStatus.CONFIRMED);
	}

	@Test
	void lostSlotRejectsThePendingBooking() {
		BookingLifecycle booking = BookingLifecycle.requested(START, false, true);

		assertThat(statusAfter(booking.on(Action.REJECT_SLOT, Relation.SAGA, BEFORE_START)))
			.isEqualTo(BookingStatus.REJECTED);
	}

	@Test
	void unpaidBookingExpires() {
		BookingLifecycle awaiting = after(BookingLifecycle.requested(START, false, true), Action.RESERVE_SLOT,
				Relation.SAGA);

		assertThat(statusAfter(awaiting.on(Action.EXPIRE, Relation.SAGA, BEFORE_START)))
			.isEqualTo(BookingStatus.EXPIRED);
	}

	@Test
	void confirmedBookingCannotExpire() {
		BookingLifecycle confirmed = after(BookingLifecycle.requested(START, false, false), Action.RESERVE_SLOT,
				Relation.SAGA);

		assertThat(refusal(confirmed.on(Action.EXPIRE, Relation.SAGA, BEFORE_START)))
			.isEqualTo(Refusal.INVALID_STATE_TRANSITION);
	}

	@Test
	void bookingNeedingApprovalStaysPendingAfterTheSlotIsReserved() {
		BookingLifecycle booking = BookingLifecycle.requested(START, true, true);

		assertThat(statusAfter(booking.on(Action.RESERVE_SLOT, Relation.SAGA, BEFORE_START)))
			.isEqualTo(BookingStatus.PENDING);
	}

	@Test
	void providerApprovalAsksForPaymentWhenMoneyIsDue() {
		BookingLifecycle reserved = after(BookingLifecycle.requested(START, true, true), Action.RESERVE_SLOT,
				Relation.SAGA);

		assertThat(statusAfter(reserved.on(Action.APPROVE, Relation.OWN_PROVIDER, BEFORE_START)))
			.isEqualTo(BookingStatus.AWAITING_PAYMENT);
	}

	@Test
	void providerApprovalConfirmsWhenNothingIsDue() {
		BookingLifecycle reserved = after(BookingLifecycle.requested(START, true, false), Action.RESERVE_SLOT,
				Relation.SAGA);

		assertThat(statusAfter(reserved.on(Action.APPROVE, Relation.OWN_PROVIDER, BEFORE_START)))
			.isEqualTo(BookingStatus.CONFIRMED);
	}

	@Test
	void approvalIsRefusedWhenTheProviderDoesNotRequireIt() {
		BookingLifecycle awaiting = after(BookingLifecycle.requested(START, false, true), Action.RESERVE_SLOT,
				Relation.SAGA);

		assertThat(refusal(awaiting.on(Action.APPROVE, Relation.OWN_PROVIDER, BEFORE_START)))
			.isEqualTo(Refusal.INVALID_STATE_TRANSITION);
	}

	@Test
	void providerCanDeclineABookingAwaitingItsApproval() {
		BookingLifecycle reserved = after(BookingLifecycle.requested(START, true, true), Action.RESERVE_SLOT,
				Relation.SAGA);

		assertThat(statusAfter(reserved.on(Action.DECLINE, Relation.OWN_PROVIDER, BEFORE_START)))
			.isEqualTo(BookingStatus.REJECTED);
	}

	@Test
	void customerCannotApproveItsOwnBooking() {
		BookingLifecycle reserved = after(BookingLifecycle.requested(START, true, true), Action.RESERVE_SLOT,
				Relation.SAGA);

		assertThat(refusal(reserved.on(Action.APPROVE, Relation.OWNER, BEFORE_START))).isEqualTo(Refusal.FORBIDDEN);
	}

	@Test
	void customerCannotForgeASagaEvent() {
		BookingLifecycle awaiting = after(BookingLifecycle.requested(START, false, true), Action.RESERVE_SLOT,
				Relation.SAGA);

		assertThat(refusal(awaiting.on(Action.RECORD_PAYMENT, Relation.OWNER, BEFORE_START)))
			.isEqualTo(Refusal.FORBIDDEN);
	}

	@Test
	void strangerIsToldTheBookingDoesNotExist() {
		BookingLifecycle booking = BookingLifecycle.requested(START, false, true);

		assertThat(refusal(booking.on(Action.CANCEL, Relation.STRANGER, BEFORE_START))).isEqualTo(Refusal.NOT_FOUND);
	}

	@Test
	void ownerCanCancelAConfirmedBooking() {
		BookingLifecycle confirmed = after(BookingLifecycle.requested(START, false, false), Action.RESERVE_SLOT,
				Relation.SAGA);

		assertThat(statusAfter(confirmed.on(Action.CANCEL, Relation.OWNER, BEFORE_START)))
			.isEqualTo(BookingStatus.CANCELLED);
	}

	@Test
	void cancelledBookingCannotBeCancelledAgain() {
		BookingLifecycle cancelled = after(BookingLifecycle.requested(START, false, false), Action.CANCEL,
				Relation.OWNER);

		assertThat(refusal(cancelled.on(Action.CANCEL, Relation.ADMIN, BEFORE_START)))
			.isEqualTo(Refusal.INVALID_STATE_TRANSITION);
	}

	@Test
	void providerCompletesAConfirmedBookingOnceItHasStarted() {
		BookingLifecycle confirmed = after(BookingLifecycle.requested(START, false, false), Action.RESERVE_SLOT,
				Relation.SAGA);

		assertThat(statusAfter(confirmed.on(Action.COMPLETE, Relation.OWN_PROVIDER, AFTER_START)))
			.isEqualTo(BookingStatus.COMPLETED);
	}

	@Test
	void noShowCannotBeMarkedBeforeTheStart() {
		BookingLifecycle confirmed = after(BookingLifecycle.requested(START, false, false), Action.RESERVE_SLOT,
				Relation.SAGA);

		assertThat(refusal(confirmed.on(Action.MARK_NO_SHOW, Relation.OWN_PROVIDER, BEFORE_START)))
			.isEqualTo(Refusal.POLICY_VIOLATION);
	}

	@Test
	void bookingAwaitingPaymentCannotBeCompleted() {
		BookingLifecycle awaiting = after(BookingLifecycle.requested(START, false, true), Action.RESERVE_SLOT,
				Relation.SAGA);

		assertThat(refusal(awaiting.on(Action.COMPLETE, Relation.ADMIN, AFTER_START)))
			.isEqualTo(Refusal.INVALID_STATE_TRANSITION);
	}

	@Test
	void rescheduleKeepsTheStatus() {
		BookingLifecycle confirmed = after(BookingLifecycle.requested(START, false, false), Action.RESERVE_SLOT,
				Relation.SAGA);

		Transition transition = confirmed.on(Action.RESCHEDULE, Relation.OWNER, BEFORE_START);

		assertThat(transition).isInstanceOf(Transition.Accepted.class);
		assertThat(((Transition.Accepted) transition).changesStatus()).isFalse();
	}

	@Test
	void pendingBookingCannotBeRescheduledWhileTheSagaRuns() {
		BookingLifecycle booking = BookingLifecycle.requested(START, false, true);

		assertThat(refusal(booking.on(Action.RESCHEDULE, Relation.OWNER, BEFORE_START)))
			.isEqualTo(Refusal.INVALID_STATE_TRANSITION);
	}

	@Test
	void transitionsEndpointMapsRequestedStatusesToActions() {
		assertThat(Action.toReach(BookingStatus.CONFIRMED)).contains(Action.APPROVE);
		assertThat(Action.toReach(BookingStatus.COMPLETED)).contains(Action.COMPLETE);
		assertThat(Action.toReach(BookingStatus.NO_SHOW)).contains(Action.MARK_NO_SHOW);
		assertThat(Action.toReach(BookingStatus.CANCELLED)).isEmpty();
	}

	@Test
	void partPaymentKeepsTheBookingAwaitingPayment() {
		BookingLifecycle awaiting = after(BookingLifecycle.requested(START, false, true), Action.RESERVE_SLOT,
				Relation.SAGA);

		assertThat(statusAfter(awaiting.on(Action.RECORD_PART_PAYMENT, Relation.SAGA, BEFORE_START)))
			.isEqualTo(BookingStatus.AWAITING_PAYMENT);
	}

	@Test
	void paymentOfAFeeKeepsAConfirmedBookingConfirmed() {
		BookingLifecycle confirmed = after(BookingLifecycle.requested(START, false, false), Action.RESERVE_SLOT,
				Relation.SAGA);

		assertThat(statusAfter(confirmed.on(Action.RECORD_PAYMENT, Relation.SAGA, BEFORE_START)))
			.isEqualTo(BookingStatus.CONFIRMED);
		assertThat(statusAfter(confirmed.on(Action.RECORD_PART_PAYMENT, Relation.SAGA, BEFORE_START)))
			.isEqualTo(BookingStatus.CONFIRMED);
	}

	@Test
	void pendingBookingTakesNoPayment() {
		BookingLifecycle pending = BookingLifecycle.requested(START, false, true);

		assertThat(refusal(pending.on(Action.RECORD_PAYMENT, Relation.SAGA, BEFORE_START)))
			.isEqualTo(Refusal.INVALID_STATE_TRANSITION);
		assertThat(refusal(pending.on(Action.RECORD_PART_PAYMENT, Relation.SAGA, BEFORE_START)))
			.isEqualTo(Refusal.INVALID_STATE_TRANSITION);
	}

	@Test
	void unansweredRequestExpires() {
		BookingLifecycle pending = BookingLifecycle.requested(START, false, true);

		assertThat(statusAfter(pending.on(Action.EXPIRE, Relation.SAGA, BEFORE_START)))
			.isEqualTo(BookingStatus.EXPIRED);
	}

	@Test
	void expiredBookingIgnoresALateReservedSlot() {
		BookingLifecycle expired = after(BookingLifecycle.requested(START, false, true), Action.EXPIRE, Relation.SAGA);

		assertThat(refusal(expired.on(Action.RESERVE_SLOT, Relation.SAGA, BEFORE_START)))
			.isEqualTo(Refusal.INVALID_STATE_TRANSITION);
	}

	private static BookingLifecycle after(BookingLifecycle booking, Action action, Relation relation) {
		Transition transition = booking.on(action, relation, BEFORE_START);
		assertThat(transition).isInstanceOf(Transition.Accepted.class);
		return ((Transition.Accepted) transition).after();
	}

	private static BookingStatus statusAfter(Transition transition) {
		assertThat(transition).isInstanceOf(Transition.Accepted.class);
		return ((Transition.Accepted) transition).after().status();
	}

	private static Refusal refusal(Transition transition) {
		assertThat(transition).isInstanceOf(Transition.Refused.class);
		return ((Transition.Refused) transition).refusal();
	}

}
