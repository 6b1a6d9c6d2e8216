package org.bookingfleet.sandbox.stripe.api;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FormParamsTest {

	@Test
	void bracketedNamesAndListsReadAsStripeSendsThem() {
		FormParams params = FormParams
			.parse("amount=5000&currency=usd&metadata%5Bbooking_id%5D=b-1&metadata[attempt]=2&expand[]=latest_charge"
					+ "&expand[]=payment_method&description=Mobile+notary");

		assertThat(params.number("amount")).contains(5000L);
		assertThat(params.hash("metadata")).isEqualTo(Map.of("booking_id", "b-1", "attempt", "2"));
		assertThat(params.text("expand[1]")).contains("payment_method");
		assertThat(params.text("description")).contains("Mobile notary");
	}

	@Test
	void theSameParametersInAnotherOrderHaveTheSameFingerprint() {
		assertThat(FormParams.parse("a=1&b=2").fingerprint()).isEqualTo(FormParams.parse("b=2&a=1").fingerprint());
		assertThat(FormParams.parse("a=1&b=2").fingerprint()).isNotEqualTo(FormParams.parse("a=1&b=3").fingerprint());
	}

	@Test
	void aNonNumericAmountIsAnInvalidParameter() {
		assertThatExceptionOfType(FormParams.InvalidParameter.class)
			.isThrownBy(() -> FormParams.parse("amount=lots").number("amount"))
			.satisfies(ex -> assertThat(ex.error().param()).isEqualTo("amount"));
	}

}
