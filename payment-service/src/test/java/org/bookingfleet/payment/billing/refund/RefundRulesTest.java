package org.bookingfleet.payment.billing.refund;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.bookingfleet.payment.billing.intent.IntentAttempt;
import org.bookingfleet.payment.billing.intent.Payment;
import org.bookingfleet.payment.billing.intent.PaymentObservation;
import org.bookingfleet.payment.billing.intent.PaymentProgress;
import org.bookingfleet.payment.money.Money;
import org.junit.jupiter.api.Test;

class RefundRulesTest {

	private final Payment open = Payment
		.creating(UUID.randomUUID(), IntentAttempt.first(UUID.randomUUID()), Money.of(10_000, "USD"))
		.withIntent("pi_1");

	private final Payment paid = PaymentProgress.apply(open, new PaymentObservation.IntentSucceeded(10_000)).payment();

	@Test
	void aFullRefundGivesBackEverythingCaptured() {
		RefundDecision decision = RefundRules.decide(paid, List.of(), RefundRequest.full("cancel-1", "cancelled"));

		assertThat(decision).isEqualTo(new RefundDecision.Issue(10_000, "payment-" + paid.id() + "-refund-cancel-1"));
	}

	@Test
	void aPartialRefundGivesBackItsAmount() {
		assertThat(RefundRules.decide(paid, List.of(), RefundRequest.partial("k1", 2_500, "goodwill")))
			.isInstanceOf(RefundDecision.Issue.class)
			.extracting(d -> ((RefundDecision.Issue) d).amountCents())
			.isEqualTo(2_500L);
	}

	@Test
	void aRefundNeverExceedsWhatIsLeftOfTheCapture() {
		Refund earlier = Refund.requested(UUID.randomUUID(), paid.id(), RefundRequest.partial("k1", 7_000, null),
				7_000);

		RefundDecision decision = RefundRules.decide(paid, List.of(earlier), RefundRequest.partial("k2", 3_001, null));

		assertThat(decision).isEqualTo(new RefundDecision.Refuse(RefundRefusal.EXCEEDS_REFUNDABLE, 3_000));
	}

	@Test
	void aFullRefundAfterAPartialOneGivesBackTheRest() {
		Refund earlier = Refund.requested(UUID.randomUUID(), paid.id(), RefundRequest.partial("k1", 7_000, null), 7_000)
			.settled(RefundStatus.SUCCEEDED, "re_1");

		RefundDecision decision = RefundRules.decide(paid, List.of(earlier), RefundRequest.full("k2", null));

		assertThat(((RefundDecision.Issue) decision).amountCents()).isEqualTo(3_000);
	}

	@Test
	void aFailedRefundGivesItsAmountBack() {
		Refund failed = Refund.requested(UUID.randomUUID(), paid.id(), RefundRequest.partial("k1", 7_000, null), 7_000)
			.settled(RefundStatus.FAILED, "re_1");

		assertThat(RefundRules.refundable(paid, List.of(failed))).isEqualTo(10_000);
	}

	@Test
	void theSameRequestTwiceIsAnsweredWithTheFirstRefund() {
		RefundRequest request = RefundRequest.partial("admin-key", 1_000, "late provider");
		Refund first = Refund.requested(UUID.randomUUID(), paid.id(), request, 1_000);

		assertThat(RefundRules.decide(paid, List.of(first), request)).isEqualTo(new RefundDecision.Replay(first));
	}

	@Test
	void aKeyReusedForAnotherAmountIsRefused() {
		Refund first = Refund.requested(UUID.randomUUID(), paid.id(), RefundRequest.partial("admin-key", 1_000, null),
				1_000);

		assertThat(RefundRules.decide(paid, List.of(first), RefundRequest.partial("admin-key", 2_000, null)))
			.isEqualTo(new RefundDecision.Refuse(RefundRefusal.KEY_REUSED_FOR_ANOTHER_AMOUNT, 9_000));
	}

	@Test
	void nothingIsRefundedBeforeTheMoneyIsCaptured() {
		assertThat(RefundRules.decide(open, List.of(), RefundRequest.full("k1", null)))
			.isEqualTo(new RefundDecision.Refuse(RefundRefusal.NOT_CAPTURED, 0));
	}

	@Test
	void aRefundOfZeroOrLessIsRefused() {
		assertThat(RefundRules.decide(paid, List.of(), RefundRequest.partial("k1", 0, null)))
			.isEqualTo(new RefundDecision.Refuse(RefundRefusal.NOT_POSITIVE, 10_000));
	}

	@Test
	void refundsMadeOutsideTheServiceStillCountAgainstTheCapture() {
		Payment refundedInDashboard = PaymentProgress
			.apply(paid, new PaymentObservation.ChargeRefunded(10_000, 10_000, "re_dashboard"))
			.payment();

		assertThat(RefundRules.decide(refundedInDashboard, List.of(), RefundRequest.full("k1", null)))
			.isEqualTo(new RefundDecision.Refuse(RefundRefusal.NOTHING_LEFT, 0));
	}

	@Test
	void aVeryLongRequestKeyStillMakesAKeyStripeAccepts() {
		String longKey = "x".repeat(1_000);

		RefundDecision decision = RefundRules.decide(paid, List.of(), RefundRequest.full(longKey, null));

		assertThat(((RefundDecision.Issue) decision).idempotencyKey()).hasSizeLessThanOrEqualTo(255);
	}

}
