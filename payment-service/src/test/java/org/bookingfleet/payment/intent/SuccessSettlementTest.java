package org.bookingfleet.payment.intent;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SuccessSettlementTest {

	@Test
	void theFirstSuccessOfAnOpenBookingPaysIt() {
		assertThat(SuccessSettlement.of(false, false)).isEqualTo(SuccessSettlement.ANNOUNCE_PAID);
	}

	@Test
	void aSecondSuccessForAPaidBookingIsGivenBack() {
		assertThat(SuccessSettlement.of(false, true)).isEqualTo(SuccessSettlement.REFUND_ALREADY_PAID);
	}

	@Test
	void aSuccessAfterTheBookingClosedIsGivenBackWhateverElseHappened() {
		assertThat(SuccessSettlement.of(true, false)).isEqualTo(SuccessSettlement.REFUND_BOOKING_CLOSED);
		assertThat(SuccessSettlement.of(true, true)).isEqualTo(SuccessSettlement.REFUND_BOOKING_CLOSED);
	}

}
