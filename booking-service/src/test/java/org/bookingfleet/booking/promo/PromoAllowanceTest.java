package org.bookingfleet.booking.promo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromoAllowanceTest {

	@Test
	void aCodeWithoutLimitsIsAlwaysAllowed() {
		assertThat(PromoAllowance.refusal(null, null, 1_000, 1_000)).isEmpty();
	}

	@Test
	void aOnePerCustomerCodeIsRefusedToItsSecondUseByTheSameCustomerOnly() {
		assertThat(PromoAllowance.refusal(null, 1L, 5, 0)).isEmpty();
		assertThat(PromoAllowance.refusal(null, 1L, 5, 1)).get().asString().contains("per customer");
	}

	@Test
	void aCodeUsedUpIsRefusedToEveryone() {
		assertThat(PromoAllowance.refusal(10L, null, 9, 0)).isEmpty();
		assertThat(PromoAllowance.refusal(10L, null, 10, 0)).get().asString().contains("used up");
	}

}
