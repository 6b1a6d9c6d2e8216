package org.bookingfleet.payment.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;

class ProportionalSplitProperties {

	@Property
	void partsAddUpExactlyToTheAmount(@ForAll @LongRange(max = 10_000_000) long amount,
			@ForAll @Size(min = 1, max = 8) List<@LongRange(min = 1, max = 5_000_000) Long> weights) {
		List<Long> parts = ProportionalSplit.of(amount, weights);

		assertThat(parts).hasSameSizeAs(weights);
		assertThat(parts.stream().mapToLong(Long::longValue).sum()).isEqualTo(amount);
	}

	@Property
	void eachPartIsWithinOneCentOfItsExactShare(@ForAll @LongRange(max = 10_000_000) long amount,
			@ForAll @Size(min = 1, max = 8) List<@LongRange(min = 0, max = 5_000_000) Long> weights) {
		long total = weights.stream().mapToLong(Long::longValue).sum();
		if (total == 0) {
			return;
		}
		List<Long> parts = ProportionalSplit.of(amount, weights);

		for (int i = 0; i < weights.size(); i++) {
			BigDecimal exact = BigDecimal.valueOf(amount)
				.multiply(BigDecimal.valueOf(weights.get(i)))
				.divide(BigDecimal.valueOf(total), MathContext.DECIMAL128);
			assertThat(BigDecimal.valueOf(parts.get(i)).subtract(exact).abs()).isLessThan(BigDecimal.ONE);
		}
	}

}
