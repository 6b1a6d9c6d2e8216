package org.bookingfleet.payment.billing.intent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntentStatusReadingTest {

	@Test
	void aSucceededIntentReadsAsTheSuccessItsWebhookWouldCarry() {
		assertThat(IntentStatusReading.of("succeeded", 4_200, null, null))
			.contains(new PaymentObservation.IntentSucceeded(4_200));
	}

	@Test
	void anIntentBackToRequiringAPaymentMethodWithAnErrorReadsAsAFailure() {
		assertThat(IntentStatusReading.of("requires_payment_method", 0, "card_declined", "Your card was declined."))
			.contains(new PaymentObservation.IntentFailed("card_declined", "Your card was declined."));
	}

	@Test
	void anIntentStillWaitingForItsFirstCardTellsNothing() {
		assertThat(IntentStatusReading.of("requires_payment_method", 0, null, null)).isEmpty();
		assertThat(IntentStatusReading.of("processing", 0, null, null)).isEmpty();
	}

	@Test
	void aCanceledIntentReadsAsCanceled() {
		assertThat(IntentStatusReading.of("canceled", 0, null, null)).contains(new PaymentObservation.IntentCanceled());
	}

}
