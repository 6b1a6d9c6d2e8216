package org.bookingfleet.fleettests.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Measures a load in windows until the JIT has settled: after at least
 * {@link #LEAST_WINDOWS} windows, two consecutive windows whose rates agree within 10 %
 * (C2 compiles the gateway's deep reactive chains for a minute or more after each new
 * kind of load). Gives the later of the two, how many windows it took, and whether it
 * settled at all within the most windows allowed.
 */
final class SettledRate {

	static final double AGREEMENT = 0.10;

	private SettledRate() {
	}

	record Settled(Wrk.Window window, int windows, boolean settled, long failures) {
	}

	/**
	 * Windows measured before two may count as settled: two windows early in C2's work
	 * can agree by chance (the catalog through the gateway agreed at 2,500/s after two
	 * windows and ran at 5,000/s after twelve).
	 */
	static final int LEAST_WINDOWS = 6;

	static Settled measure(Supplier<Wrk.Window> window, int mostWindows) {
		List<Wrk.Window> seen = new ArrayList<>();
		long failures = 0;
		while (seen.size() < mostWindows) {
			Wrk.Window next = window.get();
			failures += next.failures();
			seen.add(next);
			if (seen.size() >= Math.min(LEAST_WINDOWS, mostWindows) && agree(seen.get(seen.size() - 2), next)) {
				return new Settled(next, seen.size(), true, failures);
			}
		}
		return new Settled(seen.get(seen.size() - 1), seen.size(), false, failures);
	}

	static boolean agree(Wrk.Window before, Wrk.Window after) {
		double larger = Math.max(before.perSecond(), after.perSecond());
		return larger > 0 && Math.abs(before.perSecond() - after.perSecond()) / larger <= AGREEMENT;
	}

}
