package org.bookingfleet.booking.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BalanceTest {

	private final Balance depositDue = new Balance(2_500, 0, "USD");

	@Test
	void paymentOfEverythingDueCoversTheBalance() {
		assertThat(depositDue.receive(2_500, "USD", BookingStatus.AWAITING_PAYMENT))
			.isEqualTo(new PaymentVerdict.Covers(2_500));
	}

	@Test
	void smallerPaymentLeavesTheRestDue() {
		assertThat(depositDue.receive(1_000, "USD", BookingStatus.AWAITING_PAYMENT))
			.isEqualTo(new PaymentVerdict.Partial(1_000, 1_500));
	}

	@Test
	void secondPartCoversWhatTheFirstLeftDue() {
		Balance halfPaid = new Balance(2_500, 1_000, "USD");

		assertThat(halfPaid.receive(1_500, "USD", BookingStatus.AWAITING_PAYMENT))
			.isEqualTo(new PaymentVerdict.Covers(2_500));
		assertThat(halfPaid.remainingCents()).isEqualTo(1_500);
	}

	@Test
	void feeOfAConfirmedBookingIsTakenAndSettlesIt() {
		Balance feeDue = new Balance(2_500 + 1_500, 2_500, "USD");

		assertThat(feeDue.receive(1_500, "USD", BookingStatus.CONFIRMED)).isEqualTo(new PaymentVerdict.Covers(4_000));
	}

	@Test
	void paymentInAnotherCurrencyIsNotApplied() {
		assertThat(depositDue.receive(2_500, "EUR", BookingStatus.AWAITING_PAYMENT))
			.isInstanceOf(PaymentVerdict.NotApplied.class);
	}

	@Test
	void currencyCodesMatchWhateverTheirCase() {
		assertThat(depositDue.receive(2_500, "usd", BookingStatus.AWAITING_PAYMENT))
			.isEqualTo(new PaymentVerdict.Covers(2_500));
	}

	@Test
	void paymentWhenNothingIsDueIsNotApplied() {
		Balance settled = new Balance(2_500, 2_500, "USD");

		assertThat(settled.receive(2_500, "USD", BookingStatus.CONFIRMED))
			.isInstanceOf(PaymentVerdict.NotApplied.class);
	}

	@Test
	void closedOrUnsettledBookingTakesNoPayment() {
		for (BookingStatus status : new BookingStatus[] { BookingStatus.PENDING, BookingStatus.EXPIRED,
				BookingStatus.CANCELLED, BookingStatus.REJECTED, BookingStatus.COMPLETED, BookingStatus.NO_SHOW }) {
			assertThat(depositDue.receive(2_500, "USD", status)).as(status.name())
				.isInstanceOf(PaymentVerdict.NotApplied.class);
		}
	}

	@Test
	void emptyPaymentIsNotApplied() {
		assertThat(depositDue.receive(0, "USD", BookingStatus.AWAITING_PAYMENT))
			.isInstanceOf(PaymentVerdict.NotApplied.class);
	}

	@Test
	void feeOnABookingPaidInFullIsTheOnlyThingLeftToPay() {
		long priceDueNow = Balance.priceDueNowWithFee(2_500, 7_500, 7_500, 0);
		Balance withFee = new Balance(priceDueNow + 2_500, 7_500, "USD");

		assertThat(withFee.remainingCents()).isEqualTo(2_500);
	}

	@Test
	void feeOnAPaidDepositIsTheOnlyThingLeftToPay() {
		long priceDueNow = Balance.priceDueNowWithFee(2_500, 7_500, 2_500, 0);

		assertThat(new Balance(priceDueNow + 1_500, 2_500, "USD").remainingCents()).isEqualTo(1_500);
	}

	@Test
	void feeOnAnUnpaidBookingJoinsTheDepositStillDue() {
		long priceDueNow = Balance.priceDueNowWithFee(2_500, 7_500, 0, 0);

		assertThat(new Balance(priceDueNow + 1_500, 0, "USD").remainingCents()).isEqualTo(4_000);
	}

	@Test
	void secondFeeAfterAPaidFirstOneIsChargedOnItsOwn() {
		long priceDueNow = Balance.priceDueNowWithFee(7_500, 7_500, 7_500 + 2_500, 2_500);

		assertThat(new Balance(priceDueNow + 2_500 + 1_000, 10_000, "USD").remainingCents()).isEqualTo(1_000);
	}

	@Test
	void balanceOfAConfirmedDepositBookingIsTakenAndPaysItInFull() {
		Balance depositPaid = new Balance(6_300, 31_500, 6_300, "GBP");

		assertThat(depositPaid.owedCents()).isEqualTo(25_200);
		assertThat(depositPaid.receive(25_200, "GBP", BookingStatus.CONFIRMED))
			.isEqualTo(new PaymentVerdict.Covers(31_500));
	}

	@Test
	void partOfTheBalanceLeavesTheRestOwed() {
		Balance depositPaid = new Balance(6_300, 31_500, 6_300, "GBP");

		assertThat(depositPaid.receive(10_000, "GBP", BookingStatus.CONFIRMED))
			.isEqualTo(new PaymentVerdict.Partial(16_300, 15_200));
	}

	@Test
	void paymentAfterTheBalanceIsNotApplied() {
		Balance paidInFull = new Balance(6_300, 31_500, 31_500, "GBP");

		assertThat(paidInFull.owedCents()).isZero();
		assertThat(paidInFull.receive(25_200, "GBP", BookingStatus.CONFIRMED))
			.isInstanceOf(PaymentVerdict.NotApplied.class);
	}

	@Test
	void balanceIsNotTakenBeforeTheBookingIsConfirmedNorAfterItsDay() {
		Balance depositPaid = new Balance(6_300, 31_500, 6_300, "GBP");

		for (BookingStatus status : new BookingStatus[] { BookingStatus.AWAITING_PAYMENT, BookingStatus.COMPLETED,
				BookingStatus.NO_SHOW, BookingStatus.CANCELLED }) {
			assertThat(depositPaid.receive(25_200, "GBP", status)).as(status.name())
				.isInstanceOf(PaymentVerdict.NotApplied.class);
		}
	}

	@Test
	void depositStillDueIsWhatAPaymentCoversFirst() {
		Balance depositDue = new Balance(6_300, 31_500, 0, "GBP");

		assertThat(depositDue.receive(6_300, "GBP", BookingStatus.AWAITING_PAYMENT))
			.isEqualTo(new PaymentVerdict.Covers(6_300));
		assertThat(depositDue.owedCents()).isEqualTo(31_500);
	}

}
