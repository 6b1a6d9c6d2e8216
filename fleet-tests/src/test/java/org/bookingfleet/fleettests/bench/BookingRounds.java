package org.bookingfleet.fleettests.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.bookingfleet.fleettests.api.Answer;
import org.bookingfleet.fleettests.api.Caller;
import org.bookingfleet.fleettests.api.SlotSupply;
import org.bookingfleet.fleettests.api.Storefront;
import org.bookingfleet.fleettests.fleet.LocalFleet;
import org.bookingfleet.fleettests.fleet.RunningFleet;

/**
 * What a booking costs the fleet once its compiler has settled: closed-loop clients book
 * (hold, quote, POST through the gateway) in rounds, and after each round the rate and
 * every process's CPU per booking are printed, from /proc. Rounds go on long after the
 * fleet starts because its compiler threads take a large share of each booking for
 * thousands of bookings; comparing two builds means running this on each checkout in turn
 * and comparing the medians it prints at the end, of its last four rounds: the rate, the
 * fleet's and each process's CPU a booking, and each database's transactions a booking.
 * The partners answer from this process, so no partner sandbox is in the figures.
 * Arguments: clients (4), bookings a round (400), rounds (16).
 */
public final class BookingRounds {

	private BookingRounds() {
	}

	public static void main(String[] args) throws InterruptedException {
		int clients = BenchmarkFleet.argument(args, 0, 4);
		int size = BenchmarkFleet.argument(args, 1, 400);
		int rounds = BenchmarkFleet.argument(args, 2, 16);
		try (RunningFleet fleet = BenchmarkFleet.start()) {
			SlotSupply supply = new SlotSupply(Storefront.RON, "America/Chicago", Duration.ofMinutes(60), true);
			List<Round> done = new ArrayList<>();
			for (int round = 1; round <= rounds; round++) {
				done.add(round(fleet.processes(), round, clients, size, supply));
			}
			List<Round> last = done.subList(Math.max(0, done.size() - SETTLED), done.size());
			System.out.printf(
					"medians of the last %d rounds: %.1f bookings a second; fleet CPU a booking %s; "
							+ "transactions a booking %s%n",
					last.size(), PerOperation.median(last.stream().map(Round::rate).toList()),
					PerOperation.describe(PerOperation.medians(last.stream().map(Round::cpu).toList()), " ms"),
					PerOperation.describe(PerOperation.medians(last.stream().map(Round::transactions).toList()), ""));
		}
	}

	/** The rounds whose medians are printed at the end. */
	private static final int SETTLED = 4;

	private static Round round(LocalFleet fleet, int round, int clients, int size, SlotSupply supply)
			throws InterruptedException {
		List<SlotSupply.Slot> slots = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			slots.add(supply.next());
		}
		AtomicInteger next = new AtomicInteger();
		AtomicInteger booked = new AtomicInteger();
		ProcessCpu before = ProcessCpu.read(fleet);
		DatabaseTransactions committed = DatabaseTransactions.read();
		long started = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		for (int client = 0; client < clients; client++) {
			pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < size; i = next.getAndIncrement()) {
					if (book(slots.get(i))) {
						booked.incrementAndGet();
					}
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.HOURS);
		double seconds = (System.nanoTime() - started) / 1e9;
		Map<String, Double> cpu = ProcessCpu.read(fleet).millisPerOperationSince(before, booked.get());
		Map<String, Double> transactions = DatabaseTransactions.read().perOperationSince(committed, booked.get());
		System.out.printf("round %d: %d of %d booked, %.1f/s; fleet CPU a booking %s; transactions a booking %s%n",
				round, booked.get(), size, booked.get() / seconds, PerOperation.describe(cpu, " ms"),
				PerOperation.describe(transactions, ""));
		return new Round(booked.get() / seconds, cpu, transactions);
	}

	/** What one round measured. */
	private record Round(double rate, Map<String, Double> cpu, Map<String, Double> transactions) {
	}

	/** Holds, quotes and books the slot; whether the booking was taken (201 or 202). */
	private static boolean book(SlotSupply.Slot slot) {
		BookingRequests.Prepared prepared = BookingRequests.heldAndQuoted(slot, "rounds");
		if (prepared.failure() != null) {
			return false;
		}
		Answer booking = Storefront.book(prepared.body(), UUID.randomUUID().toString(), Caller.ANONYMOUS);
		return booking.status() == 201 || booking.status() == 202;
	}

}
