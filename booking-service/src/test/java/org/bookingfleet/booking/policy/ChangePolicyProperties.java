package org.bookingfleet.booking.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class ChangePolicyProperties {

	private static final Instant START = Instant.parse("2026-12-05T15:00:00Z");

	@Provide
	Arbitrary<Retention> retentions() {
		return Arbitraries.oneOf(Arbitraries.just(new Retention.Nothing()), Arbitraries.just(new Retention.Deposit()),
				Arbitraries.just(new Retention.Everything()),
				Arbitraries.longs().between(0, 1_000_000).map(Retention.FlatFee::new),
				Arbitraries.integers().between(0, 10_000).map(Retention.Share::new));
	}

	@Property
	void refundAndKeptAlwaysAddUpToWhatWasPaid(@ForAll @LongRange(min = 0, max = 10_000_000) long total,
			@ForAll @IntRange(min = 0, max = 100) int depositPercent,
			@ForAll @IntRange(min = 0, max = 100) int paidPercent,
			@ForAll @IntRange(min = 0, max = 24 * 30) int hoursAhead, @ForAll("retentions") Retention late) {
		Charges charges = new Charges(total, total * depositPercent / 100, total * paidPercent / 100, "EUR");
		ChangePolicy policy = ChangePolicy.freeUntil("any", Duration.ofHours(24), late, late);

		CancellationDecision decision = policy.cancel(charges, START, START.minus(Duration.ofHours(hoursAhead)),
				ChangeRequester.CUSTOMER);

		assertThat(decision).isInstanceOf(CancellationDecision.Refund.class);
		CancellationDecision.Refund refund = (CancellationDecision.Refund) decision;
		assertThat(refund.refundCents()).isBetween(0L, charges.paidCents());
		assertThat(refund.refundCents() + refund.keptCents()).isEqualTo(charges.paidCents());
	}

	@Property
	void moreNoticeNeverRefundsLess(@ForAll @LongRange(min = 0, max = 10_000_000) long total,
			@ForAll @IntRange(min = 0, max = 24 * 30) int hoursAhead,
			@ForAll @IntRange(min = 0, max = 24 * 30) int extraHours, @ForAll("retentions") Retention late) {
		Charges charges = new Charges(total, total / 4, total, "EUR");
		ChangePolicy policy = ChangePolicy.freeUntil("any", Duration.ofHours(24), late, late);

		long sooner = refund(
				policy.cancel(charges, START, START.minus(Duration.ofHours(hoursAhead)), ChangeRequester.CUSTOMER));
		long earlier = refund(policy.cancel(charges, START,
				START.minus(Duration.ofHours((long) hoursAhead + extraHours)), ChangeRequester.CUSTOMER));

		assertThat(earlier).isGreaterThanOrEqualTo(sooner);
	}

	private static long refund(CancellationDecision decision) {
		return ((CancellationDecision.Refund) decision).refundCents();
	}

}
