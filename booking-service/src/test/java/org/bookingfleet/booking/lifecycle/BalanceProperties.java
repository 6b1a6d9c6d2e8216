package org.bookingfleet.booking.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class BalanceProperties {

	/**
	 * A confirmed booking that paid what was due now (its deposit) takes payments until
	 * its price is paid in full, and never one after.
	 */
	@Property
	void aConfirmedBookingTakesMoneyUntilItsPriceIsPaidAndNoMore(@ForAll @LongRange(min = 0, max = 1_000_000) long due,
			@ForAll @LongRange(min = 0, max = 1_000_000) long price,
			@ForAll @LongRange(min = 0, max = 1_000_000) long paidBeyondDue,
			@ForAll @LongRange(min = 1, max = 1_000_000) long payment) {
		long paid = due + paidBeyondDue;
		Balance balance = new Balance(due, price, paid, "GBP");

		PaymentVerdict verdict = balance.receive(payment, "GBP", BookingStatus.CONFIRMED);

		long inFull = Math.max(due, price);
		if (paid >= inFull) {
			assertThat(verdict).isInstanceOf(PaymentVerdict.NotApplied.class);
		}
		else if (paid + payment >= inFull) {
			assertThat(verdict).isEqualTo(new PaymentVerdict.Covers(paid + payment));
		}
		else {
			assertThat(verdict).isEqualTo(new PaymentVerdict.Partial(paid + payment, inFull - paid - payment));
		}
	}

	/**
	 * What is owed in all is never less than what is still due now, and is zero only once
	 * the price is paid.
	 */
	@Property
	void theBalanceOwedIncludesWhatIsDueNow(@ForAll @LongRange(min = 0, max = 1_000_000) long due,
			@ForAll @LongRange(min = 0, max = 1_000_000) long price,
			@ForAll @LongRange(min = 0, max = 2_000_000) long paid) {
		Balance balance = new Balance(due, price, paid, "GBP");

		assertThat(balance.owedCents()).isGreaterThanOrEqualTo(balance.remainingCents());
		assertThat(balance.owedCents() == 0).isEqualTo(paid >= Math.max(due, price));
	}

}
