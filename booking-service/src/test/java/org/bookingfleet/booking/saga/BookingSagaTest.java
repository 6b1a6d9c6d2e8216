package org.bookingfleet.booking.saga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bookingfleet.booking.lifecycle.Action;
import org.bookingfleet.booking.lifecycle.PaymentVerdict;
import org.junit.jupiter.api.Test;

class BookingSagaTest {

	@Test
	void theTableIsTheSagaRowByRow() {
		assertThat(BookingSaga.table()).isEqualTo(
				"""
						| step | input | situation | action | reaches | announces | compensation |
						| --- | --- | --- | --- | --- | --- | --- |
						| REQUEST_SLOT | POST /bookings | ANY | - | PENDING | BookingRequested | nothing to undo |
						| RESERVE_SLOT | SlotReserved | BOOKED_HOLD | RESERVE_SLOT | PENDING, AWAITING_PAYMENT, CONFIRMED | BookingAwaitingPayment, BookingConfirmed | nothing to undo |
						| REJECT_SLOT | SlotRejected | BOOKED_HOLD | REJECT_SLOT | REJECTED | BookingRejected | an all-or-nothing series cancels its other open occurrences |
						| CANCEL_OCCURRENCE | another occurrence's REJECT_SLOT | ANY | CANCEL | CANCELLED | BookingCancelled | availability releases the slot, payment cancels the intent or refunds, integration cancels partner work |
						| RECORD_PAYMENT | PaymentSucceeded | PAYMENT_COVERS | RECORD_PAYMENT | CONFIRMED | BookingConfirmed | nothing to undo |
						| RECORD_PART_PAYMENT | PaymentSucceeded | PAYMENT_PART | RECORD_PART_PAYMENT | (stays) | - | nothing to undo |
						| RETURN_PAYMENT | PaymentSucceeded | PAYMENT_NOT_TAKEN | - | (stays) | PaymentNotApplied | payment refunds the payment in full |
						| EXPIRE_UNANSWERED | booking.answer-deadline | ANY | EXPIRE | EXPIRED | BookingExpired | availability releases the slot, payment cancels the intent or refunds, integration cancels partner work |
						| EXPIRE_UNPAID | booking.payment-window | ANY | EXPIRE | EXPIRED | BookingExpired | availability releases the slot, payment cancels the intent or refunds, integration cancels partner work |
						| CANCEL | DELETE /bookings/{id} | ANY | CANCEL | CANCELLED | BookingCancelled | availability releases the slot, payment cancels the intent or refunds, integration cancels partner work |
						| RESCHEDULE | PUT /bookings/{id} {holdId} | ANY | RESCHEDULE | (stays) | BookingRescheduled | nothing to undo |
						| SWAP_SLOT | SlotReserved | RESCHEDULE_HOLD | SWAP_SLOT | (stays) | BookingFeeCharged | nothing to undo |
						| DROP_SLOT_OF_CLOSED_BOOKING | SlotReserved | RESCHEDULE_HOLD_OF_CLOSED_BOOKING | - | (stays) | - | the booking keeps its old slot and price |
						| KEEP_OLD_SLOT | SlotRejected | RESCHEDULE_HOLD | - | (stays) | - | the booking keeps its old slot and price |
						| KEEP_OLD_SLOT_OF_CLOSED_BOOKING | SlotRejected | RESCHEDULE_HOLD_OF_CLOSED_BOOKING | - | (stays) | - | the booking keeps its old slot and price |
						""");
	}

	@Test
	void theArchitectureDocumentShowsTheTableTheCodeRuns() throws IOException {
		assertThat(Files.readString(Path.of("..", "docs", "architecture.md"), StandardCharsets.UTF_8))
			.as("docs/architecture.md, \"The booking saga\", shows BookingSaga.table()")
			.contains(BookingSaga.table());
	}

	@Test
	void everyRowIsTheOneStepOfItsInputAndSituation() {
		assertThat(BookingSaga.steps())
			.allSatisfy(step -> assertThat(BookingSaga.step(step.input(), step.situation())).isSameAs(step));
	}

	@Test
	void anAnswerAboutTheBookedHoldMovesTheBookingAndOneAboutARescheduleSwapsOrKeepsTheSlot() {
		assertThat(BookingSaga.step(SagaInput.SLOT_RESERVED, Situation.ofHold(false, false)).action())
			.isEqualTo(Action.RESERVE_SLOT);
		assertThat(BookingSaga.step(SagaInput.SLOT_RESERVED, Situation.ofHold(true, false)).action())
			.isEqualTo(Action.SWAP_SLOT);
		assertThat(BookingSaga.step(SagaInput.SLOT_RESERVED, Situation.ofHold(true, true)).action()).isNull();
		assertThat(BookingSaga.step(SagaInput.SLOT_REJECTED, Situation.ofHold(true, true)).compensation())
			.isEqualTo(Compensation.KEEP_OLD_SLOT);
		assertThat(BookingSaga.step(SagaInput.SLOT_REJECTED, Situation.ofHold(false, true)).compensation())
			.isEqualTo(Compensation.CANCEL_OTHER_OCCURRENCES);
	}

	@Test
	void aPaymentIsRecordedInFullInPartOrGivenBack() {
		assertThat(BookingSaga.step(SagaInput.PAYMENT_SUCCEEDED, Situation.ofPayment(new PaymentVerdict.Covers(500))))
			.isEqualTo(SagaStep.RECORD_PAYMENT);
		assertThat(BookingSaga.step(SagaInput.PAYMENT_SUCCEEDED,
				Situation.ofPayment(new PaymentVerdict.Partial(200, 300))))
			.isEqualTo(SagaStep.RECORD_PART_PAYMENT);
		assertThat(BookingSaga.step(SagaInput.PAYMENT_SUCCEEDED,
				Situation.ofPayment(new PaymentVerdict.NotApplied("closed"))))
			.isEqualTo(SagaStep.RETURN_PAYMENT);
	}

	@Test
	void aStepTheTableDoesNotHaveIsRefused() {
		assertThatThrownBy(() -> BookingSaga.step(SagaInput.CANCEL_ASKED, Situation.PAYMENT_COVERS))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void everyEventTheSagaWritesNamesWhoActsOnIt() {
		assertThat(BookingSaga.events()).containsExactly("BookingRequested", "BookingAwaitingPayment",
				"BookingConfirmed", "BookingRejected", "BookingCancelled", "PaymentNotApplied", "BookingExpired",
				"BookingRescheduled", "BookingFeeCharged");
		assertThat(BookingSaga.events()).allSatisfy(type -> assertThat(BookingSaga.consumersOf(type)).isNotEmpty());
		assertThat(BookingSaga.consumersOf("BookingCancelled")).extracting(EventConsumer::service)
			.containsExactlyInAnyOrder("availability-service", "payment-service", "integration-service",
					"booking-service");
	}

}
