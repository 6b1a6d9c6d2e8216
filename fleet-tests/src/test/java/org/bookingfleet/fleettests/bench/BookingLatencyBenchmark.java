package org.bookingfleet.fleettests.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bookingfleet.fleettests.api.Answer;
import org.bookingfleet.fleettests.api.Caller;
import org.bookingfleet.fleettests.api.Gateway;
import org.bookingfleet.fleettests.api.Json;
import org.bookingfleet.fleettests.api.SlotSupply;
import org.bookingfleet.fleettests.api.Storefront;
import org.bookingfleet.fleettests.fleet.RunningFleet;

/**
 * How long {@code POST /bookings} takes to give its settled answer, one request at a
 * time, with the whole fleet running: the POST waits for the saga (the booking's commit,
 * {@code BookingRequested} through the outbox and Kafka to the availability service, its
 * {@code SlotReserved} back, the booking's next status), so its latency is the settle
 * time a customer sees. Each booking holds and quotes its slot first (not timed). Windows
 * alternate between the gateway and the booking service called directly (the reference);
 * the run warms up until two consecutive windows of each agree within 10 % on the median,
 * then prints the last two windows of each with p50, p99 and the share that answered
 * settled (201) rather than still pending (202). Arguments: bookings per window (40),
 * most windows (30), fewest windows before the agreement counts (4: C2 keeps compiling
 * the deep reactive chains for minutes).
 */
public final class BookingLatencyBenchmark {

	private static final URI DIRECT = URI.create("http://127.0.0.1:8083/api/v2/bookings");

	private record Window(String via, double p50, double p99, int settled, int total) {
	}

	private BookingLatencyBenchmark() {
	}

	public static void main(String[] args) {
		int size = BenchmarkFleet.argument(args, 0, 40);
		int most = BenchmarkFleet.argument(args, 1, 30);
		int fewest = BenchmarkFleet.argument(args, 2, 4);
		try (RunningFleet fleet = BenchmarkFleet.start()) {
			run(size, most, fewest);
		}
	}

	private static void run(int size, int most, int fewest) {
		SlotSupply supply = new SlotSupply(Storefront.RON, "America/Chicago", Duration.ofMinutes(60), true);
		List<Window> gateway = new ArrayList<>();
		List<Window> direct = new ArrayList<>();
		for (int round = 0; round < most / 2; round++) {
			gateway.add(window("gateway", null, size, supply));
			direct.add(window("booking directly", DIRECT, size, supply));
			System.out.printf("round %2d: gateway p50 %6.1f ms p99 %6.1f ms | direct p50 %6.1f ms p99 %6.1f ms%n",
					round + 1, last(gateway).p50(), last(gateway).p99(), last(direct).p50(), last(direct).p99());
			if (round + 1 >= fewest / 2 && settled(gateway) && settled(direct)) {
				break;
			}
		}
		System.out.println();
		System.out.printf("%-18s %9s %9s %9s %12s%n", "POST /bookings via", "window", "p50 ms", "p99 ms", "settled");
		for (List<Window> windows : List.of(gateway, direct)) {
			for (int i = Math.max(0, windows.size() - 2); i < windows.size(); i++) {
				Window w = windows.get(i);
				System.out.printf("%-18s %9d %9.1f %9.1f %7d/%-4d%n", w.via(), i + 1, w.p50(), w.p99(), w.settled(),
						w.total());
			}
		}
		System.out.printf("gateway / direct p50: %.2f; JIT settled (two windows within 10 %%): gateway %s, direct %s%n",
				last(gateway).p50() / last(direct).p50(), settled(gateway), settled(direct));
	}

	private static Window window(String via, URI target, int size, SlotSupply supply) {
		List<Double> millis = new ArrayList<>();
		int settled = 0;
		for (int i = 0; i < size; i++) {
			SlotSupply.Slot slot = supply.next();
			BookingRequests.Prepared prepared = BookingRequests.heldAndQuoted(slot, "latency");
			if (prepared.failure() != null) {
				throw new IllegalStateException(prepared.failure());
			}
			byte[] body = Json.write(prepared.body()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
			Map<String, String> headers = Map.of("Idempotency-Key", UUID.randomUUID().toString(), "Content-Type",
					"application/json");
			long sent = System.nanoTime();
			Answer booking = target == null ? Gateway.send("POST", "/api/v2/bookings", Caller.ANONYMOUS, body, headers)
					: Gateway.send(target, "POST", Caller.ANONYMOUS, body, headers);
			millis.add((System.nanoTime() - sent) / 1e6);
			if (booking.status() == 201) {
				settled++;
			}
			else if (booking.status() != 202) {
				throw new IllegalStateException("book: " + booking);
			}
		}
		millis.sort(Double::compare);
		return new Window(via, at(millis, 0.5), at(millis, 0.99), settled, size);
	}

	private static double at(List<Double> sorted, double quantile) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
	}

	private static Window last(List<Window> windows) {
		return windows.get(windows.size() - 1);
	}

	/** The last two windows agree within 10 % on the median. */
	private static boolean settled(List<Window> windows) {
		if (windows.size() < 2) {
			return false;
		}
		double a = windows.get(windows.size() - 2).p50();
		double b = last(windows).p50();
		return Math.abs(a - b) <= 0.1 * Math.max(a, b);
	}

}
