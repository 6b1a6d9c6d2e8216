package org.bookingfleet.fleettests.bench;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Starts operations at a fixed rate whether or not earlier ones have finished (an open
 * loop), and measures each from the moment it was due, so a slow fleet shows as latency,
 * not as a lower rate.
 */
final class FixedRate {

	private FixedRate() {
	}

	/**
	 * Runs {@code operation(i)} for i in [0, rate * seconds) and returns the latencies;
	 * the operation answers null when it succeeded, else why it failed (a status and
	 * error code), which the latencies count by cause.
	 */
	static Latencies run(int perSecond, int seconds, IntFunction<String> operation) {
		int total = perSecond * seconds;
		Latencies latencies = new Latencies(total);
		ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
		ExecutorService workers = Executors.newFixedThreadPool(Math.min(128, Math.max(8, perSecond * 2)));
		long periodNanos = 1_000_000_000L / perSecond;
		long begin = System.nanoTime() + 50_000_000L;
		for (int i = 0; i < total; i++) {
			int index = i;
			long due = begin + i * periodNanos;
			clock.schedule(() -> workers.submit(() -> {
				String failure;
				try {
					failure = operation.apply(index);
				}
				catch (RuntimeException e) {
					failure = rootCause(e);
				}
				if (failure == null) {
					latencies.ok((System.nanoTime() - due) / 1000);
				}
				else {
					latencies.error(failure);
				}
			}), due - System.nanoTime(), TimeUnit.NANOSECONDS);
		}
		clock.shutdown();
		try {
			clock.awaitTermination(seconds + 10L, TimeUnit.SECONDS);
			workers.shutdown();
			if (!workers.awaitTermination(60, TimeUnit.SECONDS)) {
				workers.shutdownNow();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		latencies.unfinished(total);
		return latencies;
	}

	private static String rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getClass().getSimpleName();
	}

}
