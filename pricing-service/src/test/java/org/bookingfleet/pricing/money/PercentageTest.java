package org.bookingfleet.pricing.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentageTest {

	@Test
	void tiesRoundToTheEvenCent() {
		// 8.25% of 34.00 = 2.805 -> 2.80; of 34.40 = 2.838 -> 2.84; 50% of 0.05 = 0.025
		// -> 0.02, of 0.07 -> 0.04
		assertThat(Percentage.of("8.25").of(Money.of(3_400, "USD")).cents()).isEqualTo(280);
		assertThat(Percentage.of("8.25").of(Money.of(3_440, "USD")).cents()).isEqualTo(284);
		assertThat(Percentage.of("50").of(Money.of(5, "USD")).cents()).isEqualTo(2);
		assertThat(Percentage.of("50").of(Money.of(7, "USD")).cents()).isEqualTo(4);
	}

	@Test
	void equalRatesAreEqualWhateverTheirScale() {
		assertThat(Percentage.of("20.0000")).isEqualTo(Percentage.of("20"));
	}

	@Test
	void ratesOutsideZeroToHundredAreRejected() {
		assertThatThrownBy(() -> Percentage.of("100.01")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Percentage.of("-1")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void amountsOfDifferentCurrenciesDoNotAdd() {
		assertThatThrownBy(() -> Money.of(1, "USD").plus(Money.of(1, "GBP")))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
