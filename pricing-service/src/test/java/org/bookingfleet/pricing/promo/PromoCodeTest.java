package org.bookingfleet.pricing.promo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.bookingfleet.pricing.money.Money;
import org.bookingfleet.pricing.money.Percentage;
import org.junit.jupiter.api.Test;

class PromoCodeTest {

	private static final Instant FROM = Instant.parse("2026-06-01T00:00:00Z");

	private static final Instant UNTIL = Instant.parse("2026-07-01T00:00:00Z");

	private static final Instant JUNE = Instant.parse("2026-06-15T12:00:00Z");

	private final PromoCode summer = new PromoCode(" summer20 ", new PromoDiscount.PercentOff(Percentage.of("20")),
			FROM, UNTIL, Optional.of(usd(5_000)), Set.of("haircut"), OptionalLong.of(100), OptionalLong.of(2), 3);

	@Test
	void codesAreMatchedWithoutRegardToCaseOrSurroundingSpace() {
		assertThat(summer.code()).isEqualTo("SUMMER20");
		assertThat(PromoCode.normalise("Summer20 ")).isEqualTo(summer.code());
	}

	@Test
	void percentDiscountIsRoundedHalfEvenToTheCent() {
		// 20% of 62.53 = 12.506 -> 12.51
		assertThat(summer.offer("haircut", usd(6_253), JUNE, PromoUsage.unused()))
			.isEqualTo(new PromoOutcome.Granted(summer, usd(1_251)));
	}

	@Test
	void aDeactivatedCodeIsRefusedAndAChangeKeepsItsNameAndRaisesItsRevision() {
		PromoCode deactivated = new PromoCode("SUMMER20", summer.discount(), FROM, UNTIL, summer.minimumSubtotal(),
				summer.serviceIds(), summer.totalLimit(), summer.perCustomerLimit(), 1, false);

		PromoCode changed = summer.changedTo(deactivated);

		assertThat(changed.revision()).isEqualTo(4);
		assertThat(changed.active()).isFalse();
		assertThat(refusal(changed.offer("haircut", usd(10_000), JUNE, PromoUsage.unused())))
			.isEqualTo(PromoRefusal.DEACTIVATED);
		assertThat(summer.changedTo(summer).offer("haircut", usd(10_000), JUNE, PromoUsage.unused()))
			.isInstanceOf(PromoOutcome.Granted.class);
	}

	@Test
	void codeUsedBeforeItsWindowOpensIsExpired() {
		assertThat(refusal(summer.offer("haircut", usd(10_000), FROM.minusSeconds(1), PromoUsage.unused())))
			.isEqualTo(PromoRefusal.EXPIRED);
	}

	@Test
	void codeUsedWhenItsWindowClosesIsExpired() {
		assertThat(refusal(summer.offer("haircut", usd(10_000), UNTIL, PromoUsage.unused())))
			.isEqualTo(PromoRefusal.EXPIRED);
	}

	@Test
	void codeForAnotherServiceIsNotApplicable() {
		assertThat(refusal(summer.offer("shave", usd(10_000), JUNE, PromoUsage.unused())))
			.isEqualTo(PromoRefusal.NOT_APPLICABLE);
	}

	@Test
	void codeWithAMinimumInAnotherCurrencyIsNotApplicable() {
		assertThat(refusal(summer.offer("haircut", Money.of(10_000, "GBP"), JUNE, PromoUsage.unused())))
			.isEqualTo(PromoRefusal.NOT_APPLICABLE);
	}

	@Test
	void codeAtItsTotalLimitIsExhausted() {
		assertThat(refusal(summer.offer("haircut", usd(10_000), JUNE, new PromoUsage(100, 0))))
			.isEqualTo(PromoRefusal.EXHAUSTED);
	}

	@Test
	void codeTheCustomerUsedUpIsExhaustedForThem() {
		assertThat(refusal(summer.offer("haircut", usd(10_000), JUNE, new PromoUsage(7, 2))))
			.isEqualTo(PromoRefusal.EXHAUSTED);
	}

	@Test
	void oneRedemptionBelowTheLimitStillRedeems() {
		assertThat(summer.canBeRedeemedAfter(new PromoUsage(99, 1))).isTrue();
		assertThat(summer.canBeRedeemedAfter(new PromoUsage(100, 1))).isFalse();
	}

	@Test
	void subtotalUnderTheMinimumIsBelowMinimum() {
		assertThat(refusal(summer.offer("haircut", usd(4_999), JUNE, PromoUsage.unused())))
			.isEqualTo(PromoRefusal.BELOW_MINIMUM);
	}

	@Test
	void fixedDiscountNeverExceedsWhatItDiscounts() {
		PromoCode tenOff = new PromoCode("TENOFF", new PromoDiscount.AmountOff(usd(1_000)), FROM, UNTIL,
				Optional.empty(), Set.of(), OptionalLong.empty(), OptionalLong.empty(), 1);

		assertThat(tenOff.offer("anything", usd(650), JUNE, PromoUsage.unused()))
			.isEqualTo(new PromoOutcome.Granted(tenOff, usd(650)));
	}

	@Test
	void fixedDiscountInAnotherCurrencyIsNotApplicable() {
		PromoCode tenOff = new PromoCode("TENOFF", new PromoDiscount.AmountOff(usd(1_000)), FROM, UNTIL,
				Optional.empty(), Set.of(), OptionalLong.empty(), OptionalLong.empty(), 1);

		assertThat(refusal(tenOff.offer("anything", Money.of(100_000, "ARS"), JUNE, PromoUsage.unused())))
			.isEqualTo(PromoRefusal.NOT_APPLICABLE);
	}

	private static PromoRefusal refusal(PromoOutcome outcome) {
		assertThat(outcome).isInstanceOf(PromoOutcome.Refused.class);
		return ((PromoOutcome.Refused) outcome).reason();
	}

	private static Money usd(long cents) {
		return Money.of(cents, "USD");
	}

}
