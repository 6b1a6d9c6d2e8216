package org.bookingfleet.fleettests.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

import org.bookingfleet.fleettests.api.Answer;
import org.bookingfleet.fleettests.api.Caller;
import org.bookingfleet.fleettests.api.Gateway;
import org.bookingfleet.fleettests.api.SlotSupply;
import org.bookingfleet.fleettests.api.Storefront;
import org.bookingfleet.fleettests.fleet.LocalFleet;
import org.bookingfleet.fleettests.fleet.RunningFleet;

/**
 * The fleet's load benchmark: starts the local fleet and drives each scenario through the
 * gateway at fixed rates, stepping the rate up until the fleet saturates (see
 * {@link Saturation}), then measures PostgreSQL's own ceiling for the same SQL with
 * pgbench, reads each process's memory, prints a table with each scenario's saturation
 * rate and writes a plot of latency against load. The gateway's per-client rate limits
 * are opened wide for the fleet under test (every request comes from one address; see
 * {@code fleet/RateLimits}), so they do not cut the load.
 *
 * <p>
 * Arguments: the rates per second (one number: the first rate, doubled at each step; or a
 * comma-separated list; default 5), seconds per step (default 10), the p99 bound in
 * milliseconds of one request (default 500; the booking, three requests, gets three times
 * it and the saga's settle time ten times it), and the highest rate to offer (default
 * 1280). Everything runs on the loopback interface and stops by itself.
 */
public final class FleetLoadBenchmark {

	private static final int MAX_RATE = 2560;

	private static final int MAX_SECONDS = 60;

	private static final int WARM_UP_WINDOWS = 8;

	private static final String GATEWAY = "http://localhost:8080";

	private static final String PRICING = "http://localhost:8081";

	private static final String AVAILABILITY = "http://localhost:8082";

	static final String READS = "GET /availability";
	static final String HOLDS = "POST /availability/hold";
	static final String BOOKINGS = "booking (hold, quote, book)";
	static final String SETTLES = "saga settle (to CONFIRMED)";

	private FleetLoadBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int highest = Math.max(1, Math.min(MAX_RATE, BenchmarkFleet.argument(args, 3, 1280)));
		int[] rates = rates(args.length > 0 ? args[0] : "5", highest);
		int seconds = Math.max(1, Math.min(MAX_SECONDS, BenchmarkFleet.argument(args, 1, 10)));
		double bound = args.length > 2 ? Double.parseDouble(args[2].trim()) : 500;
		RunningFleet fleet = BenchmarkFleet.start();
		try {
			run(fleet.processes(), rates, seconds, bound);
		}
		finally {
			fleet.close();
		}
	}

	/** One number: that rate doubled until the highest; a list: those rates. */
	static int[] rates(String argument, int highest) {
		if (argument.contains(",")) {
			return Arrays.stream(argument.split(","))
				.mapToInt(rate -> Integer.parseInt(rate.trim()))
				.map(rate -> Math.max(1, Math.min(highest, rate)))
				.distinct()
				.toArray();
		}
		List<Integer> doubling = new ArrayList<>();
		for (int rate = Math.max(1, Math.min(highest, Integer.parseInt(argument.trim()))); rate <= highest; rate *= 2) {
			doubling.add(rate);
		}
		return doubling.stream().mapToInt(Integer::intValue).toArray();
	}

	private static void run(LocalFleet fleet, int[] rates, int seconds, double bound) throws IOException {
		List<Long> readProviders = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			readProviders.add(Storefront.openProvider(Storefront.RON, Storefront.RON_ZONE));
		}
		SlotSupply holdSlots = new SlotSupply(Storefront.RON, Storefront.RON_ZONE, Duration.ofHours(1), false);
		SlotSupply bookingSlots = new SlotSupply(Storefront.RON, Storefront.RON_ZONE, Duration.ofHours(1), true);
		Instant day = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
		System.out.println("warming up…");
		FixedRate.run(5, 4, i -> availability(readProviders.get(i % 4), day));
		FixedRate.run(2, 3, i -> hold(holdSlots.next()));

		System.out.println("reads, closed loop, through the gateway and straight to the service…");
		String oneDay = "/api/v2/availability?serviceId=" + Storefront.RON + "&providerId=" + readProviders.get(0)
				+ "&from=" + day + "&to=" + day.plus(1, ChronoUnit.DAYS);
		List<ReadsThroughTheGateway.Compared> closedLoopReads = ReadsThroughTheGateway
			.measure(List.of(new ReadsThroughTheGateway.Read("page file (book.js)", GATEWAY + "/assets/book.js", null),
					new ReadsThroughTheGateway.Read("catalog", GATEWAY + "/api/v2/services",
							PRICING + "/api/v2/services"),
					new ReadsThroughTheGateway.Read("availability, 1 day", GATEWAY + oneDay, AVAILABILITY + oneDay),
					new ReadsThroughTheGateway.Read("availability, proxied", GATEWAY + oneDay, AVAILABILITY + oneDay,
							"Cache-Control: no-cache")),
					Duration.ofSeconds(5), 12);

		Map<String, Saturation> criteria = new LinkedHashMap<>();
		criteria.put(READS, new Saturation(bound));
		criteria.put(HOLDS, new Saturation(bound));
		criteria.put(BOOKINGS, new Saturation(3 * bound));
		criteria.put(SETTLES, new Saturation(10 * bound));

		List<StepResult> results = new ArrayList<>();
		BooleanSupplier searchAnswers = () -> availability(readProviders.get(0), day) == null;
		BooleanSupplier catalogAndSearchAnswer = () -> searchAnswers.getAsBoolean()
				&& Gateway.get("/api/v2/services", Caller.ANONYMOUS).status() == 200;
		results.addAll(ramp(rates, searchAnswers, rate -> {
			Latencies reads = FixedRate.run(rate, seconds,
					i -> availability(readProviders.get(i % 4), day.plus(i % 30, ChronoUnit.DAYS)));
			return List.of(step(READS, rate, seconds, reads, criteria));
		}));
		Map<String, Map<String, Double>> cpu = new LinkedHashMap<>();
		results.addAll(ramp(rates, searchAnswers, rate -> {
			List<SlotSupply.Slot> slots = slots(holdSlots, rate * seconds);
			ProcessCpu before = ProcessCpu.read(fleet);
			Latencies holds = FixedRate.run(rate, seconds, i -> hold(slots.get(i)));
			FleetBacklog.awaitDrained();
			cpu.put("a hold at %d/s".formatted(rate),
					ProcessCpu.read(fleet).millisPerOperationSince(before, holds.ok()));
			return List.of(step(HOLDS, rate, seconds, holds, criteria));
		}));
		FleetBacklog.awaitDrained();
		warmUpBookings(rates[0], seconds, bookingSlots);
		results.addAll(ramp(rates, catalogAndSearchAnswer, rate -> {
			ProcessCpu before = ProcessCpu.read(fleet);
			Bookings booked = bookings(rate, seconds, bookingSlots);
			FleetBacklog.awaitDrained();
			cpu.put("a booking at %d/s".formatted(rate),
					ProcessCpu.read(fleet).millisPerOperationSince(before, booked.requests().ok()));
			return List.of(step(BOOKINGS, rate, seconds, booked.requests(), criteria),
					step(SETTLES, rate, seconds, booked.settled(), criteria));
		}));

		System.out.println("measuring PostgreSQL alone with pgbench…");
		PostgresCeiling.Ceilings ceilings = PostgresCeiling.measure(4, Math.min(seconds, 15));
		List<StepResult> rated = results.stream()
			.map(r -> r
				.withCeiling(r.scenario().equals(READS) ? ceilings.searchesPerSecond() : ceilings.holdsPerSecond()))
			.toList();
		Map<String, Long> memory = ProcessMemory.proportionalKilobytes(fleet);

		print(rated, criteria, ceilings, memory);
		System.out.println();
		System.out
			.println("CPU of the fleet per operation, each process's share (from /proc, the step's idle work and the "
					+ "benchmark's status reads included, until the events it caused were consumed):");
		cpu.forEach((step, share) -> System.out.printf("  %-22s %s%n", step, PerOperation.describe(share, " ms")));
		System.out.println();
		ReadsThroughTheGateway.print(closedLoopReads);
		Path plot = LocalFleet.checkoutRoot().resolve("fleet-tests/target/benchmark/latency-vs-load.png");
		LatencyPlot.write(rated, plot);
		System.out.println("plot: fleet-tests/target/benchmark/latency-vs-load.png");
	}

	/**
	 * Runs a scenario at each rate in turn and stops after the first step at which it
	 * saturated. It starts once the events the scenario before left are drained and the
	 * fleet answers the probe normally again, so a scenario does not inherit the backlog
	 * or the open circuit breakers the saturated step of the one before left.
	 */
	private static List<StepResult> ramp(int[] rates, BooleanSupplier recovered,
			IntFunction<List<StepResult>> scenario) {
		FleetBacklog.awaitDrained();
		awaitRecovery(recovered);
		List<StepResult> steps = new ArrayList<>();
		for (int rate : rates) {
			List<StepResult> step = scenario.apply(rate);
			step.forEach(result -> System.out.printf("  %-30s %6d/s: %8.1f/s done, p99 %8.1f ms%s%s%n",
					result.scenario(), rate, result.throughput(), result.p99(),
					result.saturation().map(reason -> "  saturated (" + reason + ")").orElse(""),
					result.errors() == 0 ? "" : "%n  %-30s errors: %s".formatted("", result.causes())));
			steps.addAll(step);
			if (step.stream().anyMatch(StepResult::saturated)) {
				break;
			}
		}
		return steps;
	}

	/** The bookings of one step: their three requests, and their time to be confirmed. */
	private record Bookings(Latencies requests, Latencies settled) {
	}

	/**
	 * Bookings at a fixed rate for some seconds, each watched (its status read every 50
	 * ms) until it is confirmed.
	 */
	private static Bookings bookings(int rate, int seconds, SlotSupply supply) {
		List<SlotSupply.Slot> bookable = slots(supply, rate * seconds);
		Latencies settle = new Latencies(rate * seconds);
		ExecutorService watchers = Executors.newFixedThreadPool(Math.min(256, Math.max(16, rate * 4)));
		Latencies requests = FixedRate.run(rate, seconds, i -> book(bookable.get(i), settle, watchers));
		watchers.shutdown();
		try {
			watchers.awaitTermination(90, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		settle.unfinished(requests.ok());
		return new Bookings(requests, settle);
	}

	/**
	 * Books at the first rate, window after window (at most {@value #WARM_UP_WINDOWS}),
	 * until two consecutive windows' median booking time agree within 10 %: a booking
	 * runs code in every service that the reads and holds before it did not, and C2
	 * compiles it in six JVMs on two cores for a minute or more, which the first step
	 * would otherwise measure.
	 */
	private static void warmUpBookings(int rate, int seconds, SlotSupply supply) {
		System.out.println("warming up the bookings…");
		double previous = Double.NaN;
		for (int window = 1; window <= WARM_UP_WINDOWS; window++) {
			Latencies requests = bookings(rate, seconds, supply).requests();
			FleetBacklog.awaitDrained();
			double p50 = requests.millisAt(0.5);
			System.out.printf("  window %d at %d/s: p50 %.0f ms, p99 %.0f ms%n", window, rate, p50,
					requests.millisAt(0.99));
			if (Math.abs(p50 - previous) <= 0.1 * Math.max(p50, previous)) {
				return;
			}
			previous = p50;
		}
		System.out.println("  (the bookings' time did not settle; measuring anyway)");
	}

	/**
	 * Waits (up to two minutes) until the probe succeeds five times in a row, and says
	 * how long that took.
	 */
	private static void awaitRecovery(BooleanSupplier recovered) {
		long start = System.nanoTime();
		long deadline = start + TimeUnit.MINUTES.toNanos(2);
		int inARow = 0;
		while (inARow < 5 && System.nanoTime() < deadline) {
			boolean ok;
			try {
				ok = recovered.getAsBoolean();
			}
			catch (RuntimeException e) {
				ok = false;
			}
			inARow = ok ? inARow + 1 : 0;
			if (!ok) {
				pause(Duration.ofMillis(250));
			}
		}
		long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		if (inARow < 5) {
			System.out.printf("  the fleet did not answer normally within 2 min; going on%n");
		}
		else if (waited > 1000) {
			System.out.printf("  (waited %.1f s for the fleet to answer normally again)%n", waited / 1000.0);
		}
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static List<SlotSupply.Slot> slots(SlotSupply supply, int count) {
		List<SlotSupply.Slot> slots = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			slots.add(supply.next());
		}
		return slots;
	}

	/** Null when the search answered 200, else the status and error code it answered. */
	private static String availability(long provider, Instant from) {
		return BookingRequests.failure("search",
				Gateway.get("/api/v2/availability?serviceId=" + Storefront.RON + "&providerId=" + provider + "&from="
						+ from + "&to=" + from.plus(1, ChronoUnit.DAYS), Caller.ANONYMOUS),
				200);
	}

	private static String hold(SlotSupply.Slot slot) {
		return BookingRequests.failure("hold", Storefront.hold(Storefront.RON, slot.providerId(), slot.start(), 1),
				201);
	}

	private static String book(SlotSupply.Slot slot, Latencies settle, ExecutorService watchers) {
		BookingRequests.Prepared prepared = BookingRequests.heldAndQuoted(slot, "bench");
		if (prepared.failure() != null) {
			return prepared.failure();
		}
		long sent = System.nanoTime();
		Answer booking = Storefront.book(prepared.body(), UUID.randomUUID().toString(), Caller.ANONYMOUS);
		if (booking.status() != 201 && booking.status() != 202) {
			return BookingRequests.failure("book", booking, 201);
		}
		if ("CONFIRMED".equals(booking.field("status"))) {
			settle.ok((System.nanoTime() - sent) / 1000);
		}
		else {
			watchers.submit(() -> watch(booking.field("id"), Caller.guest(booking.field("accessToken")), sent, settle));
		}
		return null;
	}

	private static void watch(String id, Caller guest, long sent, Latencies settle) {
		long deadline = sent + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < deadline) {
			Answer answer = Gateway.get("/api/v2/bookings/" + id, guest);
			if ("CONFIRMED".equals(answer.field("status"))) {
				settle.ok((System.nanoTime() - sent) / 1000);
				return;
			}
			pause(Duration.ofMillis(50));
			if (Thread.currentThread().isInterrupted()) {
				return;
			}
		}
		settle.error("not CONFIRMED within 30 s");
	}

	private static StepResult step(String scenario, int rate, int seconds, Latencies latencies,
			Map<String, Saturation> criteria) {
		double throughput = latencies.throughput(seconds);
		double p99 = latencies.millisAt(0.99);
		return new StepResult(scenario, rate, throughput, latencies.millisAt(0.5), p99, latencies.millisAt(0.999),
				latencies.ok(), latencies.errors(), latencies.causes(), 0,
				criteria.get(scenario).judge(rate, throughput, latencies.ok(), latencies.errors(), p99));
	}

	private static void print(List<StepResult> results, Map<String, Saturation> criteria,
			PostgresCeiling.Ceilings ceilings, Map<String, Long> memory) {
		System.out.println();
		System.out.printf("%-30s %7s %9s %9s %9s %9s %6s %6s %10s  %s%n", "scenario", "rate/s", "done/s", "p50 ms",
				"p99 ms", "p99.9 ms", "ok", "errors", "of PG max", "saturated");
		List<StepResult> failing = new ArrayList<>();
		for (StepResult r : results) {
			System.out.printf("%-30s %7d %9.1f %9.1f %9.1f %9.1f %6d %6d %9.1f%%  %s%n", r.scenario(),
					r.offeredPerSecond(), r.throughput(), r.p50(), r.p99(), r.p999(), r.ok(), r.errors(),
					100 * r.ratio(), r.saturation().orElse("-"));
			if (r.errors() > 0) {
				failing.add(r);
			}
		}
		if (!failing.isEmpty()) {
			System.out.println();
			System.out.println("errors by cause:");
			failing
				.forEach(r -> System.out.printf("  %-30s %6d/s: %s%n", r.scenario(), r.offeredPerSecond(), r.causes()));
		}
		System.out.println();
		System.out.println("saturation per scenario:");
		criteria.forEach((scenario, saturation) -> {
			List<StepResult> steps = results.stream().filter(r -> r.scenario().equals(scenario)).toList();
			Optional<StepResult> first = steps.stream().filter(StepResult::saturated).findFirst();
			Optional<StepResult> sustained = steps.stream()
				.filter(r -> !r.saturated())
				.max(Comparator.comparingInt(StepResult::offeredPerSecond));
			String at = first.map(r -> "saturates at %d/s (%s)".formatted(r.offeredPerSecond(), r.saturation().get()))
				.orElse("did not saturate up to %d/s"
					.formatted(steps.stream().mapToInt(StepResult::offeredPerSecond).max().orElse(0)));
			String kept = sustained
				.map(r -> "; kept up at %d/s: %.1f/s done, p99 %.1f ms, %.1f%% of PostgreSQL's ceiling"
					.formatted(r.offeredPerSecond(), r.throughput(), r.p99(), 100 * r.ratio()))
				.orElse("; kept up at no rate tried");
			System.out.printf("  %-30s %s%s%n", scenario, at, kept);
			System.out.printf("  %-30s (%s)%n", "", saturation.describe());
		});
		System.out.println();
		PostgresCeiling.describe(ceilings).forEach(System.out::println);
		System.out.println();
		System.out.println("memory after the run (MB, proportional set size with descendants):");
		memory.forEach((process, kb) -> System.out.printf("  %-22s %6.0f%n", process, kb / 1024.0));
		System.out.printf("  %-22s %6.0f%n", "the fleet",
				memory.values().stream().mapToLong(Long::longValue).sum() / 1024.0);
	}

}
