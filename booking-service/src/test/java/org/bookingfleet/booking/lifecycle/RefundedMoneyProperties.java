package org.bookingfleet.booking.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.Example;

class RefundedMoneyProperties {

	/**
	 * A booking keeps what it collected less the refunds, never more than it counts as
	 * paid (a give-back of a lower price comes off at once), never less than nothing; a
	 * give-back and its refund come off once.
	 */
	@Property
	void aBookingKeepsWhatItCollectedLessRefundsAndAGiveBackComesOffOnce(
			@ForAll @LongRange(min = 0, max = 10_000_000) long collected,
			@ForAll @LongRange(min = 0, max = 10_000_000) long givenBack,
			@ForAll @LongRange(min = 0, max = 10_000_000) long otherRefunds) {
		long gave = Math.min(givenBack, collected);
		long paid = collected - gave;
		long others = Math.min(otherRefunds, paid);

		long beforeTheRefundArrives = new RefundedMoney(collected, others).keptOf(paid);
		long afterIt = new RefundedMoney(collected, others + gave).keptOf(paid);

		assertThat(afterIt).isEqualTo(collected - gave - others);
		assertThat(beforeTheRefundArrives).isBetween(afterIt, paid);
		assertThat(afterIt).isBetween(0L, paid);
	}

	/** More refunds never leave the booking with more. */
	@Property
	void moreRefundsNeverKeepMore(@ForAll @LongRange(min = 0, max = 10_000_000) long collected,
			@ForAll @LongRange(min = 0, max = 10_000_000) long paid,
			@ForAll @LongRange(min = 0, max = 10_000_000) long refunded,
			@ForAll @LongRange(min = 0, max = 10_000_000) long more) {
		assertThat(new RefundedMoney(collected, refunded + more).keptOf(paid))
			.isLessThanOrEqualTo(new RefundedMoney(collected, refunded).keptOf(paid))
			.isGreaterThanOrEqualTo(0);
	}

	@Example
	void aBookingPaidBeforePaymentsWereRecordedOneByOneCollectedWhatItPaid() {
		assertThat(new RefundedMoney(0, 2_500).keptOf(10_000)).isEqualTo(7_500);
	}

}
