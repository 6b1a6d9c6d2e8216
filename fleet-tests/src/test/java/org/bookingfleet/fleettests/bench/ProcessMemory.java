package org.bookingfleet.fleettests.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bookingfleet.fleettests.fleet.LocalFleet;

/**
 * Memory of each process of the fleet with its descendants, PostgreSQL's server and its
 * backends included, as proportional set size from /proc: a page shared by several
 * processes (PostgreSQL's shared buffers, a JDK's class archive) is counted once in the
 * sum, split among them, where summing resident sizes counts it in every process.
 */
final class ProcessMemory {

	private ProcessMemory() {
	}

	static Map<String, Long> proportionalKilobytes(LocalFleet fleet) {
		Map<String, Long> memory = new LinkedHashMap<>();
		for (String process : LocalFleet.PROCESSES) {
			memory.put(process, FleetPids.of(fleet, process).map(ProcessMemory::proportionalKilobytes).sum());
		}
		return memory;
	}

	private static long proportionalKilobytes(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "smaps_rollup"))) {
				if (line.startsWith("Pss:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException | NumberFormatException gone) {
			return 0;
		}
		return 0;
	}

}
