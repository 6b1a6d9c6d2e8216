package org.bookingfleet.payment.billing.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.bookingfleet.payment.billing.intent.PaymentObservation.ChargeRefunded;
import org.bookingfleet.payment.billing.intent.PaymentObservation.DisputeCreated;
import org.bookingfleet.payment.billing.intent.PaymentObservation.IntentCanceled;
import org.bookingfleet.payment.billing.intent.PaymentObservation.IntentFailed;
import org.bookingfleet.payment.billing.intent.PaymentObservation.IntentSucceeded;
import org.bookingfleet.payment.billing.intent.PaymentProgress.Transition;
import org.bookingfleet.payment.money.Money;
import org.junit.jupiter.api.Test;

class PaymentProgressTest {

	private final Payment open = Payment
		.creating(UUID.randomUUID(), IntentAttempt.first(UUID.randomUUID()), Money.of(5_000, "USD"))
		.withIntent("pi_1");

	@Test
	void successCapturesTheAmountAndIsAnnounced() {
		Transition transition = PaymentProgress.apply(open, new IntentSucceeded(5_000));

		assertThat(transition.payment().status()).isEqualTo(PaymentStatus.SUCCEEDED);
		assertThat(transition.payment().capturedCents()).isEqualTo(5_000);
		assertThat(transition.outcomes()).containsExactly(new PaymentOutcome.Succeeded(5_000));
	}

	@Test
	void aLatePaymentFailedAfterSucceededChangesNothing() {
		Payment paid = PaymentProgress.apply(open, new IntentSucceeded(5_000)).payment();

		Transition late = PaymentProgress.apply(paid, new IntentFailed("card_declined", "Your card was declined."));

		assertThat(late.payment()).isEqualTo(paid);
		assertThat(late.outcomes()).isEmpty();
		assertThat(late.changes(paid)).isFalse();
	}

	@Test
	void aDeclineLeavesRoomForASuccessWithAnotherCard() {
		Transition declined = PaymentProgress.apply(open,
				new IntentFailed("insufficient_funds", "Insufficient funds."));
		Transition paid = PaymentProgress.apply(declined.payment(), new IntentSucceeded(5_000));

		assertThat(declined.payment().status()).isEqualTo(PaymentStatus.FAILED);
		assertThat(declined.outcomes())
			.containsExactly(new PaymentOutcome.Failed("insufficient_funds", "Insufficient funds."));
		assertThat(paid.payment().status()).isEqualTo(PaymentStatus.SUCCEEDED);
		assertThat(paid.outcomes()).containsExactly(new PaymentOutcome.Succeeded(5_000));
	}

	@Test
	void aSecondSuccessIsNotAnnouncedAgain() {
		Payment paid = PaymentProgress.apply(open, new IntentSucceeded(5_000)).payment();

		assertThat(PaymentProgress.apply(paid, new IntentSucceeded(5_000)).outcomes()).isEmpty();
	}

	@Test
	void aCancelAfterSuccessChangesNothingAndAFailureAfterCancelNeither() {
		Payment paid = PaymentProgress.apply(open, new IntentSucceeded(5_000)).payment();
		Payment canceled = PaymentProgress.apply(open, new IntentCanceled()).payment();

		assertThat(PaymentProgress.apply(paid, new IntentCanceled()).payment()).isEqualTo(paid);
		assertThat(canceled.status()).isEqualTo(PaymentStatus.CANCELED);
		assertThat(PaymentProgress.apply(canceled, new IntentFailed("card_declined", null)).payment())
			.isEqualTo(canceled);
	}

	@Test
	void refundsFollowStripesRunningTotalSoAnOlderTotalArrivingLateChangesNothing() {
		Payment paid = PaymentProgress.apply(open, new IntentSucceeded(5_000)).payment();

		Transition newer = PaymentProgress.apply(paid, new ChargeRefunded(5_000, 3_000, "re_2"));
		Transition older = PaymentProgress.apply(newer.payment(), new ChargeRefunded(5_000, 1_000, "re_1"));

		assertThat(newer.outcomes()).containsExactly(new PaymentOutcome.Refunded("re_2", 3_000));
		assertThat(newer.payment().refundedCents()).isEqualTo(3_000);
		assertThat(older.outcomes()).isEmpty();
		assertThat(older.payment().refundableCents()).isEqualTo(2_000);
	}

	@Test
	void aRefundSeenBeforeTheSuccessProvesTheCaptureAndTheLateSuccessChangesNothing() {
		Transition refunded = PaymentProgress.apply(open, new ChargeRefunded(5_000, 5_000, "re_1"));
		Transition late = PaymentProgress.apply(refunded.payment(), new IntentSucceeded(5_000));

		assertThat(refunded.payment().status()).isEqualTo(PaymentStatus.SUCCEEDED);
		assertThat(refunded.outcomes()).containsExactly(new PaymentOutcome.Succeeded(5_000),
				new PaymentOutcome.Refunded("re_1", 5_000));
		assertThat(late.outcomes()).isEmpty();
	}

	@Test
	void aDisputeIsAnnouncedOnce() {
		Payment paid = PaymentProgress.apply(open, new IntentSucceeded(5_000)).payment();
		DisputeCreated dispute = new DisputeCreated("dp_1", 5_000, "fraudulent");

		Transition first = PaymentProgress.apply(paid, dispute);

		assertThat(first.outcomes()).containsExactly(new PaymentOutcome.Disputed("dp_1", 5_000, "fraudulent"));
		assertThat(PaymentProgress.apply(first.payment(), dispute).outcomes()).isEmpty();
	}

}
