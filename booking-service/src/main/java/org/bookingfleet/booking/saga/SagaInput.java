package org.bookingfleet.booking.saga;

/**
 * What moves a booking's saga: a party's request, another service's answer, or a deadline
 * passing.
 */
public enum SagaInput {

	/** {@code POST /bookings}. */
	BOOKING_ASKED("POST /bookings"),
	/** The availability service booked a hold's span. */
	SLOT_RESERVED("SlotReserved"),
	/** The availability service could not book a hold's span. */
	SLOT_REJECTED("SlotRejected"),
	/** The payment service took a payment for the booking. */
	PAYMENT_SUCCEEDED("PaymentSucceeded"),
	/** The availability service did not answer within {@code booking.answer-deadline}. */
	ANSWER_DEADLINE_PASSED("booking.answer-deadline"),
	/** The booking was not paid within {@code booking.payment-window}. */
	PAYMENT_WINDOW_PASSED("booking.payment-window"),
	/** Another occurrence of an all-or-nothing series was rejected. */
	OCCURRENCE_LOST("another occurrence's REJECT_SLOT"),
	/** A customer, provider or admin cancels ({@code DELETE /bookings/{id}}). */
	CANCEL_ASKED("DELETE /bookings/{id}"),
	/** A customer, provider or admin moves the booking to a new hold. */
	RESCHEDULE_ASKED("PUT /bookings/{id} {holdId}");

	private final String source;

	SagaInput(String source) {
		this.source = source;
	}

	/** The event, request or setting the input comes from. */
	public String source() {
		return source;
	}

}
