package org.bookingfleet.fleettests.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The latencies of one step of a run, in microseconds, its errors by cause, and when its
 * last operation ended.
 */
final class Latencies {

	private final AtomicLongArray micros;

	private final AtomicInteger count = new AtomicInteger();

	private final Map<String, AtomicInteger> causes = new ConcurrentHashMap<>();

	private final AtomicLong firstDone = new AtomicLong(Long.MAX_VALUE);

	private final AtomicLong lastDone = new AtomicLong(Long.MIN_VALUE);

	Latencies(int capacity) {
		this.micros = new AtomicLongArray(capacity);
	}

	void ok(long latencyMicros) {
		int i = count.getAndIncrement();
		if (i < micros.length()) {
			micros.set(i, latencyMicros);
		}
		long now = System.nanoTime();
		firstDone.accumulateAndGet(now, Math::min);
		lastDone.accumulateAndGet(now, Math::max);
	}

	void error(String cause) {
		causes.computeIfAbsent(cause, key -> new AtomicInteger()).incrementAndGet();
	}

	/**
	 * Operations of {@code total} that never ended (cut off after the step) count as
	 * errors.
	 */
	void unfinished(int total) {
		int missing = total - count.get() - errors();
		if (missing > 0) {
			causes.computeIfAbsent("unfinished", key -> new AtomicInteger()).addAndGet(missing);
		}
	}

	int ok() {
		return Math.min(count.get(), micros.length());
	}

	/** The errors of every cause. */
	int errors() {
		return causes.values().stream().mapToInt(AtomicInteger::get).sum();
	}

	/**
	 * The errors by cause, the most frequent first:
	 * {@code "503 SERVICE_UNAVAILABLE x120, unfinished x4"}.
	 */
	String causes() {
		return causes.entrySet()
			.stream()
			.sorted((a, b) -> Integer.compare(b.getValue().get(), a.getValue().get()))
			.map(entry -> entry.getKey() + " x" + entry.getValue().get())
			.collect(Collectors.joining(", "));
	}

	/**
	 * Operations that succeeded per second: over the step's time, or over the time from
	 * the first success to the last when that is longer, so a fleet that falls behind and
	 * finishes late shows a lower rate than was offered.
	 */
	double throughput(int stepSeconds) {
		int n = ok();
		if (n == 0) {
			return 0;
		}
		double span = (lastDone.get() - firstDone.get()) / 1e9;
		return n / Math.max(stepSeconds, span);
	}

	/**
	 * The latency at the quantile (0.5, 0.99, 0.999), in milliseconds; NaN without a
	 * sample.
	 */
	double millisAt(double quantile) {
		int n = ok();
		if (n == 0) {
			return Double.NaN;
		}
		long[] sorted = new long[n];
		for (int i = 0; i < n; i++) {
			sorted[i] = micros.get(i);
		}
		Arrays.sort(sorted);
		int index = (int) Math.min(n - 1, Math.ceil(quantile * n) - 1);
		return sorted[Math.max(0, index)] / 1000.0;
	}

}
