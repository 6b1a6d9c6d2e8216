package org.bookingfleet.fleettests.bench;

import java.util.Optional;

/**
 * One scenario at one offered rate: what came through, how fast, against the database's
 * own ceiling, and why the step counts as saturated (empty when it kept up), and its
 * errors by cause.
 */
record StepResult(String scenario, int offeredPerSecond, double throughput, double p50, double p99, double p999, int ok,
		int errors, String causes, double ceiling, Optional<String> saturation) {

	double ratio() {
		return ceiling > 0 ? throughput / ceiling : Double.NaN;
	}

	boolean saturated() {
		return saturation.isPresent();
	}

	StepResult withCeiling(double newCeiling) {
		return new StepResult(scenario, offeredPerSecond, throughput, p50, p99, p999, ok, errors, causes, newCeiling,
				saturation);
	}
}
