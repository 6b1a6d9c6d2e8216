package org.bookingfleet.integration.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class PriceTest {

	@Test
	void aPriceIsWrittenInItsCurrencysDigitsTheReadersWay() {
		assertThat(new Price(1_815_000, "ARS").formatted(Locale.forLanguageTag("es-AR"))).isEqualTo("$ 18.150,00");
		assertThat(new Price(18_150, "USD").formatted(Locale.US)).isEqualTo("$181.50");
		assertThat(new Price(1_815, "JPY").formatted(Locale.JAPAN)).isEqualTo("￥1,815");
		assertThat(new Price(1_234_567, "EUR").formatted(Locale.GERMANY)).isEqualTo("12.345,67 €");
		assertThat(new Price(1_815_000, "ARS").formatted(Locale.US)).isEqualTo("ARS18,150.00");
	}

	@Test
	void eachCurrencyKeepsItsOwnSignInOneLocale() {
		Locale argentina = Locale.forLanguageTag("es-AR");
		assertThat(new Price(100, "ARS").formatted(argentina)).isEqualTo("$ 1,00");
		assertThat(new Price(100, "USD").formatted(argentina)).isEqualTo("US$ 1,00");
		assertThat(new Price(100, "ARS").formatted(argentina)).isEqualTo("$ 1,00");
	}

}
