package org.bookingfleet.payment.billing.intent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The same cases as the integration service's {@code BalanceDueTest}: both ask for a
 * balance by one rule.
 */
class BalanceDueTest {

	@Test
	void aDepositLeavesTheRestOwed() {
		BalanceDue due = new BalanceDue(31_500, 6_300);
		assertThat(due.settled()).isFalse();
		assertThat(due.owedCents()).isEqualTo(25_200);
	}

	@Test
	void aBookingThatTookItsPriceOrMoreOwesNothing() {
		assertThat(new BalanceDue(31_500, 31_500).settled()).isTrue();
		assertThat(new BalanceDue(31_500, 40_000).owedCents()).isZero();
	}

	@Test
	void aGoodwillRefundOnThePaidDepositIsNotAskedForAgain() {
		// £63 deposit taken, £10 of it given back as goodwill: still £252 owed, not £262
		assertThat(new BalanceDue(31_500, 6_300).owedCents()).isEqualTo(25_200);
	}

	@Test
	void aPriceThatFellBelowWhatWasTakenLeavesNothingOwed() {
		// paid £315 in full, moved to a £280 time: £35 goes back, nothing is owed
		assertThat(new BalanceDue(28_000, 31_500).settled()).isTrue();
	}

}
