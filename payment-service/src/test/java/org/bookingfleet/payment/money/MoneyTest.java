package org.bookingfleet.payment.money;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MoneyTest {

	@Test
	void amountsOfOneCurrencyAddAndSubtract() {
		Money price = Money.of(10_825, "usd");

		assertThat(price.plus(Money.of(175, "USD"))).isEqualTo(Money.of(11_000, "USD"));
		assertThat(price.minus(Money.of(825, "USD"))).isEqualTo(Money.of(10_000, "USD"));
	}

	@Test
	void amountsOfDifferentCurrenciesNeverCombine() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of(100, "USD").plus(Money.of(100, "GBP")));
	}

}
