package org.bookingfleet.fleettests.bench;

import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.bookingfleet.fleettests.fleet.LocalFleet;

/**
 * The process ids of one process of the fleet with its descendants, PostgreSQL's server
 * and its backends included (they detach from the launcher): the roots first.
 */
final class FleetPids {

	private FleetPids() {
	}

	static LongStream of(LocalFleet fleet, String process) {
		return Stream.concat(roots(fleet, process), roots(fleet, process).flatMap(ProcessHandle::descendants))
			.mapToLong(ProcessHandle::pid)
			.distinct();
	}

	/** The launched process, and for PostgreSQL its server too. */
	static Stream<ProcessHandle> roots(LocalFleet fleet, String process) {
		Optional<Long> server = process.equals("postgres") ? fleet.postgresServerPid() : Optional.empty();
		return Stream.of(fleet.pid(process), server)
			.flatMap(Optional::stream)
			.flatMap(pid -> ProcessHandle.of(pid).stream());
	}

}
