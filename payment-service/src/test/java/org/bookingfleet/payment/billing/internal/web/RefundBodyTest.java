package org.bookingfleet.payment.billing.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;

import org.bookingfleet.payment.billing.refund.RefundRequest;
import org.bookingfleet.platform.web.ApiException;
import org.bookingfleet.platform.web.StrictJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RefundBodyTest {

	private static final JsonMapper JSON = StrictJson.mapper();

	@Test
	void aWholePositiveAmountIsRefundedAsSent() {
		RefundRequest request = read("{\"amountCents\":2500,\"reason\":\"late provider\"}").toRequest("admin-k");

		assertThat(request.amountCents()).isEqualTo(OptionalLong.of(2500));
		assertThat(request.reason()).isEqualTo("late provider");
	}

	@Test
	void noAmountRefundsEverythingStillRefundable() {
		assertThat(read("{}").toRequest("admin-k").amountCents()).isEmpty();
		assertThat(read("{\"amountCents\":null}").toRequest("admin-k").amountCents()).isEmpty();
	}

	@Test
	void aFractionATextANegativeZeroOrAbsurdAmountIsRefusedNamingIt() {
		for (String amount : new String[] { "1.5", "\"100\"", "-500", "0", "true", "[100]", "{\"cents\":1}",
				"99999999999999999999", "1e400" }) {
			assertThatThrownBy(() -> read("{\"amountCents\":" + amount + "}").toRequest("admin-k")).as(amount)
				.isInstanceOfSatisfying(ApiException.class, refused -> {
					assertThat(refused.status().value()).isEqualTo(400);
					assertThat(refused.field()).isEqualTo("amountCents");
				});
		}
	}

	@Test
	void aKeyARefundDoesNotKnowIsRefusedRatherThanRefundingEverything() {
		assertThatThrownBy(() -> read("{\"amount\":500}").toRequest("admin-k"))
			.isInstanceOfSatisfying(ApiException.class, refused -> {
				assertThat(refused.status().value()).isEqualTo(400);
				assertThat(refused.field()).isEqualTo("amount");
			});
	}

	private static RefundController.RefundBody read(String json) {
		return JSON.readValue(json, RefundController.RefundBody.class);
	}

}
