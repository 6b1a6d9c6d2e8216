package org.bookingfleet.fleettests.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bookingfleet.fleettests.fleet.LocalFleet;

/**
 * CPU time each process of the fleet has used, its descendants (PostgreSQL's backends)
 * included, from /proc: two readings around a step give what each operation of the step
 * cost the fleet, where it was spent, with the fleet's idle work (pollers, heartbeats) in
 * it.
 */
final class ProcessCpu {

	/**
	 * The kernel's clock ticks per second of /proc/[pid]/stat (USER_HZ, 100 on Linux).
	 */
	private static final double TICKS_PER_SECOND = 100;

	private final Map<String, Long> ticks;

	private ProcessCpu(Map<String, Long> ticks) {
		this.ticks = ticks;
	}

	static ProcessCpu read(LocalFleet fleet) {
		Map<String, Long> ticks = new LinkedHashMap<>();
		for (String process : LocalFleet.PROCESSES) {
			// a backend that exited is counted in its server's children's time, once
			// reaped
			long reaped = FleetPids.roots(fleet, process).mapToLong(root -> ticks(root.pid(), 13)).sum();
			ticks.put(process, reaped + FleetPids.of(fleet, process).map(pid -> ticks(pid, 11)).sum());
		}
		return new ProcessCpu(ticks);
	}

	/**
	 * Milliseconds of CPU per operation for each process since {@code before}, largest
	 * first, for {@code operations} operations; empty when none was done.
	 */
	Map<String, Double> millisPerOperationSince(ProcessCpu before, int operations) {
		return PerOperation.since(this.ticks, before.ticks, 1000 / TICKS_PER_SECOND, operations);
	}

	/**
	 * Two consecutive times of /proc/[pid]/stat from {@code first} (counted from its
	 * third field, the state): 11 for the process's own (utime and stime), 13 for its
	 * reaped children's (cutime and cstime); 0 for a process gone.
	 */
	private static long ticks(long pid, int first) {
		try {
			String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(fields[first]) + Long.parseLong(fields[first + 1]);
		}
		catch (IOException | RuntimeException gone) {
			return 0;
		}
	}

}
