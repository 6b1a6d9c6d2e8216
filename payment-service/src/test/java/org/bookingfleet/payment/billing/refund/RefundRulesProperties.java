package org.bookingfleet.payment.billing.refund;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.bookingfleet.payment.billing.intent.IntentAttempt;
import org.bookingfleet.payment.billing.intent.Payment;
import org.bookingfleet.payment.billing.intent.PaymentObservation;
import org.bookingfleet.payment.billing.intent.PaymentProgress;
import org.bookingfleet.payment.money.Money;

class RefundRulesProperties {

	@Property
	void refundsNeverAddUpToMoreThanWasCaptured(@ForAll @LongRange(min = 1, max = 1_000_000) long captured,
			@ForAll("requests") List<RefundRequest> requests) {
		Payment paid = PaymentProgress
			.apply(Payment.creating(UUID.randomUUID(), IntentAttempt.first(UUID.randomUUID()),
					Money.of(captured, "EUR")), new PaymentObservation.IntentSucceeded(captured))
			.payment();
		List<Refund> refunds = new ArrayList<>();

		for (RefundRequest request : requests) {
			RefundDecision decision = RefundRules.decide(paid, refunds, request);
			if (decision instanceof RefundDecision.Issue issue) {
				refunds.add(Refund.requested(UUID.randomUUID(), paid.id(), request, issue.amountCents()));
			}
		}

		assertThat(refunds.stream().mapToLong(Refund::amountCents).sum()).isLessThanOrEqualTo(captured);
		assertThat(refunds.stream().map(Refund::requestKey).distinct().count()).isEqualTo(refunds.size());
	}

	@Provide
	Arbitrary<List<RefundRequest>> requests() {
		Arbitrary<String> keys = Arbitraries.of("a", "b", "c", "d", "e");
		Arbitrary<OptionalLong> amounts = Arbitraries.oneOf(Arbitraries.just(OptionalLong.empty()),
				Arbitraries.longs().between(-10, 600_000).map(OptionalLong::of));
		return Combinators.combine(keys, amounts)
			.as((key, amount) -> new RefundRequest(key, amount, null))
			.list()
			.ofMaxSize(10);
	}

}
