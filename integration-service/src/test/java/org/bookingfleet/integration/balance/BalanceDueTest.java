package org.bookingfleet.integration.balance;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BalanceDueTest {

	@Test
	void aDepositLeavesTheRestOwed() {
		BalanceDue due = new BalanceDue(31_500, 6_300);
		assertThat(due.settled()).isFalse();
		assertThat(due.owedCents()).isEqualTo(25_200);
	}

	@Test
	void aBookingThatKeptItsPriceOrMoreOwesNothing() {
		assertThat(new BalanceDue(31_500, 31_500).settled()).isTrue();
		assertThat(new BalanceDue(31_500, 40_000).owedCents()).isZero();
	}

}
