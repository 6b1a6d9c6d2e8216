package org.bookingfleet.fleettests.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bookingfleet.fleettests.fleet.LocalFleet;

/**
 * Resident memory of each process of the fleet (with its children, for PostgreSQL), from
 * /proc.
 */
final class ProcessMemory {

	private ProcessMemory() {
	}

	static Map<String, Long> residentKilobytes(LocalFleet fleet) {
		Map<String, Long> rss = new LinkedHashMap<>();
		for (String process : LocalFleet.PROCESSES) {
			fleet.pid(process).flatMap(ProcessHandle::of).ifPresent(handle -> {
				long total = rss(handle.pid());
				total += handle.descendants().mapToLong(child -> rss(child.pid())).sum();
				rss.put(process, total);
			});
		}
		return rss;
	}

	private static long rss(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
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
