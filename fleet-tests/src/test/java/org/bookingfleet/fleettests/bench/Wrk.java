package org.bookingfleet.fleettests.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closed-loop load of one URL with wrk (Debian's {@code wrk} package): {@code c}
 * connections each sending its next request when the last is answered, for one window.
 */
final class Wrk {

	private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");

	private static final Pattern P50 = Pattern.compile("\\s50%\\s+([0-9.]+)(us|ms|s)");

	private static final Pattern NOT_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");

	private static final Pattern ERRORS = Pattern
		.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

	private Wrk() {
	}

	/** One window's figures: requests answered per second, median latency, failures. */
	record Window(double perSecond, double p50Millis, long failures) {
	}

	static Window window(String url, int connections, Duration length) {
		return window(url, null, connections, length);
	}

	/** The same with a header on every request (null: none). */
	static Window window(String url, String header, int connections, Duration length) {
		List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections,
				"-d" + length.toSeconds() + "s", "--latency", "--timeout", "10s"));
		if (header != null) {
			command.addAll(List.of("-H", header));
		}
		command.add(url);
		try {
			Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output;
			try (InputStream out = wrk.getInputStream()) {
				output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
			}
			if (!wrk.waitFor(length.toSeconds() + 30, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
				throw new IllegalStateException("wrk failed on " + url + ": " + output);
			}
			return parse(output);
		}
		catch (IOException ex) {
			throw new IllegalStateException("wrk (Debian's wrk package) is needed for the closed-loop reads", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static Window parse(String output) {
		Matcher rate = RATE.matcher(output);
		Matcher p50 = P50.matcher(output);
		if (!rate.find() || !p50.find()) {
			throw new IllegalStateException("wrk said no rate or median: " + output);
		}
		double median = Double.parseDouble(p50.group(1));
		double millis = switch (p50.group(2)) {
			case "us" -> median / 1000;
			case "s" -> median * 1000;
			default -> median;
		};
		long failures = 0;
		Matcher not2xx = NOT_2XX.matcher(output);
		if (not2xx.find()) {
			failures += Long.parseLong(not2xx.group(1));
		}
		Matcher errors = ERRORS.matcher(output);
		if (errors.find()) {
			for (int group = 1; group <= 4; group++) {
				failures += Long.parseLong(errors.group(group));
			}
		}
		return new Window(Double.parseDouble(rate.group(1)), millis, failures);
	}

}
