package org.bookingfleet.fleettests.bench;

import org.bookingfleet.fleettests.fleet.FleetExtension;
import org.bookingfleet.fleettests.fleet.RunningFleet;

/**
 * The fleet a benchmark's main starts, with the applications' JVM flags for peak speed
 * rather than fast start, and the benchmarks' arguments.
 */
final class BenchmarkFleet {

	private BenchmarkFleet() {
	}

	/** The running fleet; stopped again and failing when it could not start. */
	static RunningFleet start() {
		System.setProperty("fleet.peak", "true");
		System.out.println("starting the fleet…");
		RunningFleet fleet = FleetExtension.start();
		if (fleet.failure().isPresent()) {
			fleet.close();
			throw new IllegalStateException("the fleet did not start", fleet.failure().get());
		}
		return fleet;
	}

	/**
	 * The whole-number argument at {@code index}, or {@code fallback} when it is not
	 * given.
	 */
	static int argument(String[] args, int index, int fallback) {
		return args.length > index ? Integer.parseInt(args[index].trim()) : fallback;
	}

}
