package org.bookingfleet.fleettests.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bookingfleet.fleettests.invariants.FleetDatabases;

/**
 * The events a scenario left behind: a step that saturated leaves thousands of events in
 * the outboxes and on the topics, and the next scenario would measure their draining
 * instead of itself. Drained means every outbox is empty and no consumer recorded an
 * event for two seconds.
 */
final class FleetBacklog {

	private static final Duration QUIET = Duration.ofSeconds(2);

	private FleetBacklog() {
	}

	/**
	 * Waits (up to five minutes) until the backlog is drained, and says how long it took.
	 */
	static void awaitDrained() {
		long start = System.nanoTime();
		long deadline = start + TimeUnit.MINUTES.toNanos(5);
		List<Long> consumedBefore = consumed();
		while (System.nanoTime() < deadline) {
			pause();
			List<Long> consumedNow = consumed();
			if (unpublished() == 0 && consumedNow.equals(consumedBefore)) {
				long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
				if (waited > QUIET.toMillis() + 500) {
					System.out.printf("  (waited %.1f s for the events of the scenario before to drain)%n",
							waited / 1000.0);
				}
				return;
			}
			consumedBefore = consumedNow;
		}
		System.out.printf("  the events of the scenario before did not drain within 5 min (%d unpublished); going on%n",
				unpublished());
	}

	private static long unpublished() {
		long total = 0;
		for (String database : FleetDatabases.ALL) {
			total += FleetDatabases.unpublishedOutboxRows(database);
		}
		return total;
	}

	private static List<Long> consumed() {
		List<Long> counts = new ArrayList<>();
		for (String database : FleetDatabases.ALL) {
			counts.add(FleetDatabases.count(database, "select count(*) from consumed_event"));
		}
		return counts;
	}

	private static void pause() {
		try {
			Thread.sleep(QUIET.toMillis());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}
