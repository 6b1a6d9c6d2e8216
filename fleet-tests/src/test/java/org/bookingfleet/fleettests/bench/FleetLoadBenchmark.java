package org.bookingfleet.fleettests.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.bookingfleet.fleettests.api.Answer;
import org.bookingfleet.fleettests.api.Caller;
import org.bookingfleet.fleettests.api.Gateway;
import org.bookingfleet.fleettests.api.Json;
import org.bookingfleet.fleettests.api.SlotSupply;
import org.bookingfleet.fleettests.api.Storefront;
import org.bookingfleet.fleettests.fleet.FleetExtension;
import org.bookingfleet.fleettests.fleet.LocalFleet;
import org.bookingfleet.fleettests.fleet.RunningFleet;

/**
 * The fleet's load benchmark: starts the local fleet, runs each scenario at each fixed rate through the gateway,
 * measures PostgreSQL's own ceiling for the same SQL with pgbench, reads each process's memory, prints a table and
 * writes a plot of latency against load. Arguments: rates per second (comma-separated, default 5,10,20) and
 * seconds per step (default 10). Everything runs on the loopback interface and stops by itself.
 */
public final class FleetLoadBenchmark {

    private static final int MAX_RATE = 200;
    private static final int MAX_SECONDS = 60;

    private FleetLoadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int[] rates = Arrays.stream((args.length > 0 ? args[0] : "5,10,20").split(","))
                .mapToInt(rate -> Math.max(1, Math.min(MAX_RATE, Integer.parseInt(rate.trim())))).toArray();
        int seconds = Math.max(1, Math.min(MAX_SECONDS, args.length > 1 ? Integer.parseInt(args[1]) : 10));
        System.out.println("starting the fleet…");
        RunningFleet fleet = FleetExtension.start();
        if (fleet.failure().isPresent()) {
            throw new IllegalStateException("the fleet did not start", fleet.failure().get());
        }
        try {
            run(fleet.processes(), rates, seconds);
        } finally {
            fleet.close();
        }
    }

    private static void run(LocalFleet fleet, int[] rates, int seconds) throws IOException {
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

        List<StepResult> results = new ArrayList<>();
        List<Latencies> settles = new ArrayList<>();
        for (int rate : rates) {
            System.out.printf("%d/s for %d s…%n", rate, seconds);
            Latencies reads = FixedRate.run(rate, seconds, i -> availability(readProviders.get(i % 4),
                    day.plus(i % 30, ChronoUnit.DAYS)));
            results.add(step("GET /availability", rate, seconds, reads, 0));

            List<SlotSupply.Slot> slots = new ArrayList<>();
            for (int i = 0; i < rate * seconds; i++) {
                slots.add(holdSlots.next());
            }
            Latencies holds = FixedRate.run(rate, seconds, i -> hold(slots.get(i)));
            results.add(step("POST /availability/hold", rate, seconds, holds, 0));

            List<SlotSupply.Slot> bookable = new ArrayList<>();
            for (int i = 0; i < rate * seconds; i++) {
                bookable.add(bookingSlots.next());
            }
            Latencies settle = new Latencies(rate * seconds);
            ExecutorService watchers = Executors.newFixedThreadPool(16);
            Latencies bookings = FixedRate.run(rate, seconds, i -> book(bookable.get(i), settle, watchers));
            watchers.shutdown();
            try {
                watchers.awaitTermination(90, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            results.add(step("booking (hold, quote, book)", rate, seconds, bookings, 0));
            results.add(step("saga settle (to CONFIRMED)", rate, seconds, settle, 0));
            settles.add(settle);
        }

        System.out.println("measuring PostgreSQL alone with pgbench…");
        PostgresCeiling.Ceilings ceilings = PostgresCeiling.measure(4, Math.min(seconds, 15));
        List<StepResult> rated = results.stream().map(r -> new StepResult(r.scenario(), r.offeredPerSecond(),
                r.throughput(), r.p50(), r.p99(), r.p999(), r.ok(), r.errors(),
                r.scenario().startsWith("GET") ? ceilings.searchesPerSecond() : ceilings.holdsPerSecond())).toList();
        Map<String, Long> memory = ProcessMemory.residentKilobytes(fleet);

        print(rated, ceilings, memory);
        Path plot = LocalFleet.checkoutRoot().resolve("fleet-tests/target/benchmark/latency-vs-load.png");
        LatencyPlot.write(rated, plot);
        System.out.println("plot: fleet-tests/target/benchmark/latency-vs-load.png");
    }

    private static boolean availability(long provider, Instant from) {
        return Gateway.get("/api/v2/availability?serviceId=" + Storefront.RON + "&providerId=" + provider + "&from="
                + from + "&to=" + from.plus(1, ChronoUnit.DAYS), Caller.ANONYMOUS).status() == 200;
    }

    private static boolean hold(SlotSupply.Slot slot) {
        return Storefront.hold(Storefront.RON, slot.providerId(), slot.start(), 1).status() == 201;
    }

    private static boolean book(SlotSupply.Slot slot, Latencies settle, ExecutorService watchers) {
        Answer hold = Storefront.hold(Storefront.RON, slot.providerId(), slot.start(), 1);
        if (hold.status() != 201) {
            return false;
        }
        Answer quote = Gateway.post("/api/v2/services/pricing", Caller.ANONYMOUS, Json.object()
                .put("serviceId", Storefront.RON).put("scheduledDateTime", slot.start().toString()).put("attendees", 1));
        if (quote.status() != 200) {
            return false;
        }
        long sent = System.nanoTime();
        Answer booking = Storefront.book(Storefront.request(Storefront.RON, hold.field("holdId"),
                quote.field("quoteToken"), slot.start(), Storefront.newEmail("bench"), 1), UUID.randomUUID().toString(),
                Caller.ANONYMOUS);
        if (booking.status() != 201 && booking.status() != 202) {
            return false;
        }
        if ("CONFIRMED".equals(booking.field("status"))) {
            settle.ok((System.nanoTime() - sent) / 1000);
        } else {
            watchers.submit(() -> watch(booking.field("id"), Caller.guest(booking.field("accessToken")), sent, settle));
        }
        return true;
    }

    private static void watch(String id, Caller guest, long sent, Latencies settle) {
        long deadline = sent + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Answer answer = Gateway.get("/api/v2/bookings/" + id, guest);
            if ("CONFIRMED".equals(answer.field("status"))) {
                settle.ok((System.nanoTime() - sent) / 1000);
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        settle.error();
    }

    private static StepResult step(String scenario, int rate, int seconds, Latencies latencies, double ceiling) {
        return new StepResult(scenario, rate, latencies.ok() / (double) seconds, latencies.millisAt(0.5),
                latencies.millisAt(0.99), latencies.millisAt(0.999), latencies.ok(), latencies.errors(), ceiling);
    }

    private static void print(List<StepResult> results, PostgresCeiling.Ceilings ceilings, Map<String, Long> memory) {
        System.out.println();
        System.out.printf("%-30s %7s %9s %9s %9s %9s %6s %6s %10s%n", "scenario", "rate/s", "done/s", "p50 ms",
                "p99 ms", "p99.9 ms", "ok", "errors", "of PG max");
        for (StepResult r : results) {
            System.out.printf("%-30s %7d %9.1f %9.1f %9.1f %9.1f %6d %6d %9.1f%%%n", r.scenario(), r.offeredPerSecond(),
                    r.throughput(), r.p50(), r.p99(), r.p999(), r.ok(), r.errors(), 100 * r.ratio());
        }
        System.out.println();
        PostgresCeiling.describe(ceilings).forEach(System.out::println);
        System.out.println();
        System.out.println("resident memory after the run (MB):");
        memory.forEach((process, kb) -> System.out.printf("  %-22s %6.0f%n", process, kb / 1024.0));
    }
}
