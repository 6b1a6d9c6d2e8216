package org.bookingfleet.payment.billing.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bookingfleet.payment.billing.intent.PaymentObservation.ChargeRefunded;
import org.bookingfleet.payment.billing.intent.PaymentObservation.DisputeCreated;
import org.bookingfleet.payment.billing.intent.PaymentObservation.IntentCanceled;
import org.bookingfleet.payment.billing.intent.PaymentObservation.IntentFailed;
import org.bookingfleet.payment.billing.intent.PaymentObservation.IntentSucceeded;
import org.bookingfleet.payment.money.Money;

class PaymentProgressProperties {

	private static final long CAPTURED = 12_000;

	@Property
	void theOrderOfStripesEventsNeverChangesWhereAPaymentEnds(@ForAll("histories") List<PaymentObservation> history,
			@ForAll long seed) {
		List<PaymentObservation> shuffled = new ArrayList<>(history);
		Collections.shuffle(shuffled, new Random(seed));

		Replay inOrder = replay(history);
		Replay reordered = replay(shuffled);

		assertThat(reordered.payment.status()).isEqualTo(inOrder.payment.status());
		assertThat(reordered.payment.capturedCents()).isEqualTo(inOrder.payment.capturedCents());
		assertThat(reordered.payment.refundedCents()).isEqualTo(inOrder.payment.refundedCents());
		assertThat(reordered.payment.disputed()).isEqualTo(inOrder.payment.disputed());
	}

	@Property
	void aSuccessIsAnnouncedExactlyOnceWhateverTheOrder(@ForAll("histories") List<PaymentObservation> history) {
		boolean moneyMoved = history.stream()
			.anyMatch(o -> o instanceof IntentSucceeded || o instanceof ChargeRefunded);

		Replay replay = replay(history);

		long successes = replay.outcomes.stream().filter(PaymentOutcome.Succeeded.class::isInstance).count();
		assertThat(successes).isEqualTo(moneyMoved ? 1 : 0);
		if (moneyMoved) {
			assertThat(replay.payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
		}
	}

	@Property
	void announcedRefundsAddUpToStripesHighestTotalAndNeverExceedTheCapture(
			@ForAll("histories") List<PaymentObservation> history) {
		long highest = history.stream()
			.filter(ChargeRefunded.class::isInstance)
			.mapToLong(o -> ((ChargeRefunded) o).totalRefundedCents())
			.max()
			.orElse(0);

		Replay replay = replay(history);

		long announced = replay.outcomes.stream()
			.filter(PaymentOutcome.Refunded.class::isInstance)
			.mapToLong(o -> ((PaymentOutcome.Refunded) o).amountCents())
			.sum();
		assertThat(announced).isEqualTo(replay.payment.refundedCents()).isEqualTo(Math.min(highest, CAPTURED));
		assertThat(replay.payment.refundedCents()).isLessThanOrEqualTo(replay.payment.capturedCents());
	}

	@Provide
	Arbitrary<List<PaymentObservation>> histories() {
		Arbitrary<PaymentObservation> observation = Arbitraries.oneOf(Arbitraries.just(new IntentSucceeded(CAPTURED)),
				Arbitraries.of("card_declined", "insufficient_funds", "expired_card")
					.map(code -> new IntentFailed(code, "declined")),
				Arbitraries.just(new IntentCanceled()),
				Arbitraries.longs()
					.between(1, CAPTURED + 500)
					.map(total -> new ChargeRefunded(CAPTURED, total, "re_" + total)),
				Combinators.combine(Arbitraries.strings().alpha().ofLength(6), Arbitraries.longs().between(1, CAPTURED))
					.as((id, amount) -> new DisputeCreated("dp_" + id, amount, "fraudulent")));
		return observation.list().ofMaxSize(8);
	}

	private static Replay replay(List<PaymentObservation> history) {
		Payment payment = Payment
			.creating(UUID.randomUUID(), IntentAttempt.first(UUID.randomUUID()), Money.of(CAPTURED, "USD"))
			.withIntent("pi_1");
		List<PaymentOutcome> outcomes = new ArrayList<>();
		for (PaymentObservation observation : history) {
			PaymentProgress.Transition transition = PaymentProgress.apply(payment, observation);
			payment = transition.payment();
			outcomes.addAll(transition.outcomes());
		}
		return new Replay(payment, outcomes);
	}

	private record Replay(Payment payment, List<PaymentOutcome> outcomes) {
	}

}
