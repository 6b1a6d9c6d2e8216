package org.bookingfleet.booking.policy;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class RepricingProperties {

	@Property
	void aRescheduledBookingNeverAsksForMoreThanItsNewPriceNorLessThanNothing(
			@ForAll @LongRange(min = 0, max = 1_000_000) long oldTotal,
			@ForAll @LongRange(min = 0, max = 1_000_000) long oldDueNow,
			@ForAll @LongRange(min = 0, max = 1_000_000) long newTotal,
			@ForAll @LongRange(min = 0, max = 1_000_000) long newDeposit) {
		assertThat(Repricing.priceDueNow(Math.min(oldDueNow, oldTotal), oldTotal, newTotal, newDeposit)).isBetween(0L,
				newTotal);
	}

	@Property
	void aBookingPrepaidInFullIsPrepaidInFullAtItsNewPrice(@ForAll @LongRange(min = 1, max = 1_000_000) long oldTotal,
			@ForAll @LongRange(min = 0, max = 1_000_000) long newTotal,
			@ForAll @LongRange(min = 0, max = 1_000_000) long newDeposit) {
		assertThat(Repricing.priceDueNow(oldTotal, oldTotal, newTotal, newDeposit)).isEqualTo(newTotal);
	}

	@Property
	void aBookingPaidAtTheAppointmentAsksForNothingNow(@ForAll @LongRange(min = 1, max = 1_000_000) long oldTotal,
			@ForAll @LongRange(min = 0, max = 1_000_000) long newTotal) {
		assertThat(Repricing.priceDueNow(0, oldTotal, newTotal, 0)).isZero();
	}

	@Property
	void aBookingWithADepositAsksForTheNewDeposit(@ForAll @LongRange(min = 2, max = 1_000_000) long oldTotal,
			@ForAll @LongRange(min = 2, max = 1_000_000) long newTotal) {
		long newDeposit = newTotal / 2;
		assertThat(Repricing.priceDueNow(oldTotal / 2, oldTotal, newTotal, newDeposit)).isEqualTo(newDeposit);
	}

	@Property
	void whatIsGivenBackLeavesTheCustomerHavingPaidExactlyTheNewPriceAndFeesOrLess(
			@ForAll @LongRange(min = 0, max = 1_000_000) long paid,
			@ForAll @LongRange(min = 0, max = 1_000_000) long newTotal,
			@ForAll @LongRange(min = 0, max = 100_000) long fees) {
		long back = Repricing.overpaidCents(paid, newTotal, fees);
		assertThat(back).isBetween(0L, paid);
		assertThat(paid - back).isEqualTo(Math.min(paid, newTotal + fees));
	}

}
