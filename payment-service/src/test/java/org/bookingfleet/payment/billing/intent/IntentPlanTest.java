package org.bookingfleet.payment.billing.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Optional;
import java.util.UUID;

import org.bookingfleet.payment.money.Money;
import org.junit.jupiter.api.Test;

class IntentPlanTest {

	private final UUID bookingId = UUID.randomUUID();

	private final Money deposit = Money.of(2_500, "GBP");

	@Test
	void theFirstRequestCreatesTheFirstAttempt() {
		IntentPlan plan = IntentPlan.forBooking(bookingId, deposit, Optional.empty());

		assertThat(plan).isEqualTo(new IntentPlan.Create(IntentAttempt.first(bookingId), deposit));
	}

	@Test
	void askingAgainWhileTheAttemptIsOpenReusesIt() {
		Payment open = Payment.creating(UUID.randomUUID(), IntentAttempt.first(bookingId), deposit).withIntent("pi_1");

		assertThat(IntentPlan.forBooking(bookingId, deposit, Optional.of(open))).isEqualTo(new IntentPlan.Reuse(open));
	}

	@Test
	void aRetryAfterADeclinedCardCreatesANewAttemptWithANewIdempotencyKey() {
		Payment declined = PaymentProgress
			.apply(Payment.creating(UUID.randomUUID(), IntentAttempt.first(bookingId), deposit).withIntent("pi_1"),
					new PaymentObservation.IntentFailed("card_declined", "Your card was declined."))
			.payment();

		IntentPlan plan = IntentPlan.forBooking(bookingId, deposit, Optional.of(declined));

		assertThat(plan).isInstanceOf(IntentPlan.Create.class);
		IntentAttempt retry = ((IntentPlan.Create) plan).attempt();
		assertThat(retry.number()).isEqualTo(2);
		assertThat(retry.idempotencyKey()).isNotEqualTo(declined.attempt().idempotencyKey());
	}

	@Test
	void aPaidBookingIsNeverChargedAgain() {
		Payment paid = PaymentProgress
			.apply(Payment.creating(UUID.randomUUID(), IntentAttempt.first(bookingId), deposit).withIntent("pi_1"),
					new PaymentObservation.IntentSucceeded(2_500))
			.payment();

		assertThat(IntentPlan.forBooking(bookingId, Money.of(0, "GBP"), Optional.of(paid)))
			.isEqualTo(new IntentPlan.AlreadyPaid(paid));
	}

	@Test
	void aFeeChargedAfterThePaymentStartsTheNextAttemptForTheFeeAlone() {
		Payment paid = PaymentProgress
			.apply(Payment.creating(UUID.randomUUID(), IntentAttempt.first(bookingId), deposit).withIntent("pi_1"),
					new PaymentObservation.IntentSucceeded(2_500))
			.payment();

		assertThat(IntentPlan.forBooking(bookingId, Money.of(1_500, "GBP"), Optional.of(paid)))
			.isEqualTo(new IntentPlan.Create(new IntentAttempt(bookingId, 2), Money.of(1_500, "GBP")));
	}

	@Test
	void whatIsOutstandingIsWhatIsOwedLessWhatWasCollectedAndNeverLessThanNothing() {
		assertThat(IntentPlan.outstanding(Money.of(4_000, "GBP"), 2_500)).isEqualTo(Money.of(1_500, "GBP"));
		assertThat(IntentPlan.outstanding(deposit, 0)).isEqualTo(deposit);
		assertThat(IntentPlan.outstanding(deposit, 3_000)).isEqualTo(Money.of(0, "GBP"));
	}

	@Test
	void aChangedAmountDueStartsTheNextAttempt() {
		Payment open = Payment.creating(UUID.randomUUID(), IntentAttempt.first(bookingId), deposit).withIntent("pi_1");

		IntentPlan plan = IntentPlan.forBooking(bookingId, Money.of(3_000, "GBP"), Optional.of(open));

		assertThat(plan).isEqualTo(new IntentPlan.Create(new IntentAttempt(bookingId, 2), Money.of(3_000, "GBP")));
	}

	@Test
	void anotherBookingsPaymentIsNeverUsed() {
		Payment other = Payment.creating(UUID.randomUUID(), IntentAttempt.first(UUID.randomUUID()), deposit);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> IntentPlan.forBooking(bookingId, deposit, Optional.of(other)));
	}

	@Test
	void theIdempotencyKeyIsStableForOneAttemptAndDiffersPerBookingAndAttempt() {
		IntentAttempt first = IntentAttempt.first(bookingId);

		assertThat(first.idempotencyKey()).isEqualTo(new IntentAttempt(bookingId, 1).idempotencyKey())
			.contains(bookingId.toString());
		assertThat(first.next().idempotencyKey()).isNotEqualTo(first.idempotencyKey());
		assertThat(IntentAttempt.first(UUID.randomUUID()).idempotencyKey()).isNotEqualTo(first.idempotencyKey());
	}

	@Test
	void theDepositIsAskedForBeforeTheBalance() {
		assertThat(IntentPlan.requested(Money.of(6_300, "GBP"), 31_500, 0)).isEqualTo(Money.of(6_300, "GBP"));
	}

	@Test
	void onceTheDepositIsPaidTheBalanceOfThePriceIsAskedFor() {
		assertThat(IntentPlan.requested(Money.of(6_300, "GBP"), 31_500, 6_300)).isEqualTo(Money.of(25_200, "GBP"));
	}

	@Test
	void aFeeStillDueIsAskedForBeforeTheBalance() {
		assertThat(IntentPlan.requested(Money.of(6_300 + 2_500, "GBP"), 31_500 + 2_500, 6_300))
			.isEqualTo(Money.of(2_500, "GBP"));
	}

	@Test
	void nothingIsAskedOfABookingPaidInFull() {
		assertThat(IntentPlan.requested(Money.of(6_300, "GBP"), 31_500, 31_500)).isEqualTo(Money.of(0, "GBP"));
	}

	@Test
	void theBalanceIsANewAttemptAfterThePaidDeposit() {
		Payment paidDeposit = PaymentProgress
			.apply(Payment.creating(UUID.randomUUID(), IntentAttempt.first(bookingId), Money.of(6_300, "GBP"))
				.withIntent("pi_1"), new PaymentObservation.IntentSucceeded(6_300))
			.payment();
		Money balance = IntentPlan.requested(Money.of(6_300, "GBP"), 31_500, 6_300);

		assertThat(IntentPlan.forBooking(bookingId, balance, Optional.of(paidDeposit)))
			.isEqualTo(new IntentPlan.Create(new IntentAttempt(bookingId, 2), Money.of(25_200, "GBP")));
	}

	@Test
	void askingForTheBalanceAgainWhileItsIntentIsOpenReusesIt() {
		Payment openBalance = Payment
			.creating(UUID.randomUUID(), new IntentAttempt(bookingId, 2), Money.of(25_200, "GBP"))
			.withIntent("pi_2");

		assertThat(IntentPlan.forBooking(bookingId, Money.of(25_200, "GBP"), Optional.of(openBalance)))
			.isEqualTo(new IntentPlan.Reuse(openBalance));
	}

}
