package org.bookingfleet.booking.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangePolicyTest {

	private static final Instant START = Instant.parse("2026-12-05T15:00:00Z");

	private static final Charges PAID_IN_FULL = new Charges(10_825, 2_500, 10_825, "USD");

	private final ChangePolicy depositKeptLate = ChangePolicy.freeUntil("notary standard", Duration.ofHours(24),
			new Retention.Deposit(), new Retention.FlatFee(1_500));

	@Test
	void refundIsFullWhenCancelledMoreThan24HoursAhead() {
		CancellationDecision decision = depositKeptLate.cancel(PAID_IN_FULL, START, START.minus(Duration.ofHours(25)),
				ChangeRequester.CUSTOMER);

		assertThat(decision).isEqualTo(new CancellationDecision.Refund(10_825, 0, "USD"));
	}

	@Test
	void refundIsFullWhenCancelledExactly24HoursAhead() {
		CancellationDecision decision = depositKeptLate.cancel(PAID_IN_FULL, START, START.minus(Duration.ofHours(24)),
				ChangeRequester.CUSTOMER);

		assertThat(decision).isEqualTo(new CancellationDecision.Refund(10_825, 0, "USD"));
	}

	@Test
	void depositIsKeptWhenCancelledWithinTheLast24Hours() {
		CancellationDecision decision = depositKeptLate.cancel(PAID_IN_FULL, START, START.minus(Duration.ofHours(3)),
				ChangeRequester.CUSTOMER);

		assertThat(decision).isEqualTo(new CancellationDecision.Refund(8_325, 2_500, "USD"));
	}

	@Test
	void nothingIsRefundedWhenOnlyTheKeptDepositWasPaid() {
		Charges depositOnly = new Charges(10_825, 2_500, 2_500, "USD");

		CancellationDecision decision = depositKeptLate.cancel(depositOnly, START, START.minus(Duration.ofHours(3)),
				ChangeRequester.CUSTOMER);

		assertThat(decision).isEqualTo(new CancellationDecision.Refund(0, 2_500, "USD"));
	}

	@Test
	void unpaidBookingIsCancelledWithoutRefundOrRetention() {
		Charges unpaid = new Charges(10_825, 2_500, 0, "USD");

		CancellationDecision decision = depositKeptLate.cancel(unpaid, START, START.minus(Duration.ofHours(3)),
				ChangeRequester.CUSTOMER);

		assertThat(decision).isEqualTo(new CancellationDecision.Refund(0, 0, "USD"));
	}

	@Test
	void customerCannotCancelAfterTheStart() {
		CancellationDecision decision = depositKeptLate.cancel(PAID_IN_FULL, START, START.plus(Duration.ofMinutes(1)),
				ChangeRequester.CUSTOMER);

		assertThat(decision).isInstanceOf(CancellationDecision.Refused.class);
	}

	@Test
	void providerCancellationRefundsEverythingPaidEvenAtTheLastMinute() {
		CancellationDecision decision = depositKeptLate.cancel(PAID_IN_FULL, START, START.minus(Duration.ofMinutes(10)),
				ChangeRequester.PROVIDER);

		assertThat(decision).isEqualTo(new CancellationDecision.Refund(10_825, 0, "USD"));
	}

	@Test
	void shareOfTheTotalIsRoundedDownForTheCustomer() {
		ChangePolicy halfKept = ChangePolicy.freeUntil("half", Duration.ofHours(48), new Retention.Share(5_000),
				new Retention.Nothing());
		Charges odd = new Charges(10_825, 0, 10_825, "ARS");

		CancellationDecision decision = halfKept.cancel(odd, START, START.minus(Duration.ofHours(1)),
				ChangeRequester.CUSTOMER);

		assertThat(decision).isEqualTo(new CancellationDecision.Refund(5_413, 5_412, "ARS"));
	}

	@Test
	void middleTierAppliesBetweenItsNoticeAndTheNextLongerOne() {
		ChangePolicy course = new ChangePolicy("first aid course",
				List.of(new NoticeTier(Duration.ZERO, new Retention.Everything()),
						new NoticeTier(Duration.ofDays(14), new Retention.Nothing()),
						new NoticeTier(Duration.ofDays(3), new Retention.Share(5_000))),
				List.of());
		Charges course100 = new Charges(10_000, 0, 10_000, "GBP");

		assertThat(course.cancel(course100, START, START.minus(Duration.ofDays(15)), ChangeRequester.CUSTOMER))
			.isEqualTo(new CancellationDecision.Refund(10_000, 0, "GBP"));
		assertThat(course.cancel(course100, START, START.minus(Duration.ofDays(5)), ChangeRequester.CUSTOMER))
			.isEqualTo(new CancellationDecision.Refund(5_000, 5_000, "GBP"));
		assertThat(course.cancel(course100, START, START.minus(Duration.ofDays(1)), ChangeRequester.CUSTOMER))
			.isEqualTo(new CancellationDecision.Refund(0, 10_000, "GBP"));
	}

	@Test
	void rescheduleIsFreeMoreThan24HoursAhead() {
		assertThat(depositKeptLate.reschedule(PAID_IN_FULL, START, START.minus(Duration.ofDays(2)),
				ChangeRequester.CUSTOMER))
			.isEqualTo(new RescheduleDecision.Allowed(0, "USD"));
	}

	@Test
	void lateRescheduleCostsTheFee() {
		assertThat(depositKeptLate.reschedule(PAID_IN_FULL, START, START.minus(Duration.ofHours(2)),
				ChangeRequester.CUSTOMER))
			.isEqualTo(new RescheduleDecision.Allowed(1_500, "USD"));
	}

	@Test
	void policyWithoutRescheduleTiersRefusesRescheduling() {
		ChangePolicy noReschedule = new ChangePolicy("fixed",
				List.of(new NoticeTier(Duration.ZERO, new Retention.Nothing())), List.of());

		assertThat(
				noReschedule.reschedule(PAID_IN_FULL, START, START.minus(Duration.ofDays(9)), ChangeRequester.CUSTOMER))
			.isInstanceOf(RescheduleDecision.Refused.class);
	}

	@Test
	void customerWhoCancelsLateDoesNotGetBackAFeeAlreadyCharged() {
		Charges paidWithFee = new Charges(10_825, 2_500, 1_500, 12_325, "USD");

		CancellationDecision decision = depositKeptLate.cancel(paidWithFee, START, START.minus(Duration.ofHours(2)),
				ChangeRequester.CUSTOMER);

		assertThat(decision).isEqualTo(new CancellationDecision.Refund(8_325, 4_000, "USD"));
	}

	@Test
	void customerWhoCancelsEarlyGetsBackEverythingButTheFee() {
		Charges paidWithFee = new Charges(10_825, 2_500, 1_500, 12_325, "USD");

		CancellationDecision decision = depositKeptLate.cancel(paidWithFee, START, START.minus(Duration.ofDays(3)),
				ChangeRequester.CUSTOMER);

		assertThat(decision).isEqualTo(new CancellationDecision.Refund(10_825, 1_500, "USD"));
	}

	@Test
	void providerWhoCancelsRefundsTheFeeToo() {
		Charges paidWithFee = new Charges(10_825, 2_500, 1_500, 12_325, "USD");

		assertThat(
				depositKeptLate.cancel(paidWithFee, START, START.minus(Duration.ofHours(2)), ChangeRequester.PROVIDER))
			.isEqualTo(new CancellationDecision.Refund(12_325, 0, "USD"));
	}

}
