package org.bookingfleet.fleettests.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a step counts as saturated: the fleet did less than 90 % of what was offered, more
 * than 1 % of the operations failed, or the p99 latency went over the scenario's bound.
 */
record Saturation(double p99BoundMillis) {

	static final double MIN_SHARE_DONE = 0.9;
	static final double MAX_ERROR_SHARE = 0.01;

	Optional<String> judge(int offeredPerSecond, double throughput, int ok, int errors, double p99) {
		List<String> reasons = new ArrayList<>();
		if (throughput < MIN_SHARE_DONE * offeredPerSecond) {
			reasons.add("done %.0f%% of offered".formatted(100 * throughput / offeredPerSecond));
		}
		int attempts = ok + errors;
		if (attempts == 0 || errors > MAX_ERROR_SHARE * attempts) {
			reasons.add("errors %.1f%%".formatted(attempts == 0 ? 100.0 : 100.0 * errors / attempts));
		}
		if (Double.isNaN(p99) || p99 > p99BoundMillis) {
			reasons.add("p99 over %.0f ms".formatted(p99BoundMillis));
		}
		return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", reasons));
	}

	String describe() {
		return "saturated: done < %.0f%% of offered, errors > %.0f%%, or p99 > %.0f ms".formatted(100 * MIN_SHARE_DONE,
				100 * MAX_ERROR_SHARE, p99BoundMillis);
	}
}
