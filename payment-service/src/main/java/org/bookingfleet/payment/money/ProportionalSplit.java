package org.bookingfleet.payment.money;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits an amount of minor units across weights so the parts add up exactly to the
 * amount: each part is rounded down and the cents left over go to the largest remainders
 * (ties to the earliest weight).
 */
public final class ProportionalSplit {

	private ProportionalSplit() {
	}

	public static List<Long> of(long amount, List<Long> weights) {
		if (amount < 0) {
			throw new IllegalArgumentException("amount must not be negative");
		}
		if (weights.stream().anyMatch(w -> w < 0)) {
			throw new IllegalArgumentException("weights must not be negative");
		}
		long total = weights.stream().mapToLong(Long::longValue).sum();
		if (total == 0) {
			if (amount != 0) {
				throw new IllegalArgumentException("cannot split " + amount + " across zero weights");
			}
			return weights.stream().map(w -> 0L).toList();
		}
		List<Long> parts = new ArrayList<>(weights.size());
		long[] remainders = new long[weights.size()];
		long assigned = 0;
		for (int i = 0; i < weights.size(); i++) {
			BigInteger product = BigInteger.valueOf(amount).multiply(BigInteger.valueOf(weights.get(i)));
			BigInteger[] division = product.divideAndRemainder(BigInteger.valueOf(total));
			long part = division[0].longValueExact();
			parts.add(part);
			remainders[i] = division[1].longValueExact();
			assigned += part;
		}
		long leftover = amount - assigned;
		List<Integer> byRemainder = IntStream.range(0, weights.size())
			.boxed()
			.sorted(Comparator.<Integer>comparingLong(i -> remainders[i]).reversed().thenComparing(i -> i))
			.toList();
		for (int k = 0; k < leftover; k++) {
			int i = byRemainder.get(k);
			parts.set(i, parts.get(i) + 1);
		}
		return List.copyOf(parts);
	}

}
