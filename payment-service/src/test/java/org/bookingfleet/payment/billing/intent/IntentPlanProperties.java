package org.bookingfleet.payment.billing.intent;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.bookingfleet.payment.money.Money;

class IntentPlanProperties {

	/**
	 * The owner is asked for what is due now first and then for the balance, never for
	 * more than the booking costs in full less what it took, and for nothing only once
	 * that is paid.
	 */
	@Property
	void whatTheOwnerIsAskedForNeverTakesTheBookingBeyondItsPrice(
			@ForAll @LongRange(min = 1, max = 10_000_000) long dueNow,
			@ForAll @LongRange(min = 0, max = 10_000_000) long inFull,
			@ForAll @LongRange(min = 0, max = 20_000_000) long collected) {
		Money asked = IntentPlan.requested(Money.of(dueNow, "GBP"), inFull, collected);

		long price = Math.max(dueNow, inFull);
		assertThat(asked.cents()).isBetween(0L, Math.max(0, price - collected));
		assertThat(asked.isPositive()).isEqualTo(collected < price);
		if (collected < dueNow) {
			assertThat(asked.cents()).isEqualTo(dueNow - collected);
		}
	}

}
