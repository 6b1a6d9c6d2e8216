package org.bookingfleet.payment.billing.intent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuccessSettlementTest {

	@Test
	void theFirstSuccessOfAnOpenBookingPaysIt() {
		assertThat(SuccessSettlement.of(false, 0, 2_500)).isEqualTo(SuccessSettlement.ANNOUNCE_PAID);
	}

	@Test
	void aSecondSuccessForAPaidBookingIsGivenBack() {
		assertThat(SuccessSettlement.of(false, 2_500, 2_500)).isEqualTo(SuccessSettlement.REFUND_ALREADY_PAID);
	}

	@Test
	void theRestOfAPartPaymentIsTaken() {
		assertThat(SuccessSettlement.of(false, 1_000, 2_500)).isEqualTo(SuccessSettlement.ANNOUNCE_PAID);
	}

	@Test
	void aFeeChargedAfterTheBookingWasPaidIsTaken() {
		assertThat(SuccessSettlement.of(false, 2_500, 2_500 + 1_500)).isEqualTo(SuccessSettlement.ANNOUNCE_PAID);
	}

	@Test
	void aSuccessAfterTheBookingClosedIsGivenBackWhateverElseHappened() {
		assertThat(SuccessSettlement.of(true, 0, 2_500)).isEqualTo(SuccessSettlement.REFUND_BOOKING_CLOSED);
		assertThat(SuccessSettlement.of(true, 2_500, 2_500)).isEqualTo(SuccessSettlement.REFUND_BOOKING_CLOSED);
	}

}
