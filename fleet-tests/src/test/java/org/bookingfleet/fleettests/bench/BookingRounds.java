package org.bookingfleet.fleettests.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.bookingfleet.fleettests.api.Answer;
import org.bookingfleet.fleettests.api.Caller;
import org.bookingfleet.fleettests.api.SlotSupply;
import org.bookingfleet.fleettests.api.Storefront;
import org.bookingfleet.fleettests.fleet.FleetExtension;
import org.bookingfleet.fleettests.fleet.LocalFleet;
import org.bookingfleet.fleettests.fleet.RunningFleet;

/**
 * What a booking costs the fleet once its compiler has settled: closed-loop clients book
 * (hold, quote, POST through the gateway) in rounds, and after each round the rate and
 * every process's CPU per booking are printed, from /proc. Rounds go on long after the
 * fleet starts because its compiler threads take a large share of each booking for
 * thousands of bookings; comparing two builds means running this on each checkout in turn
 * and reading the last rounds of each. Arguments: clients (4), bookings a round (400),
 * rounds (16).
 */
public final class BookingRounds {

	private BookingRounds() {
	}

	public static void main(String[] args) throws InterruptedException {
		int clients = args.length > 0 ? Integer.parseInt(args[0].trim()) : 4;
		int size = args.length > 1 ? Integer.parseInt(args[1].trim()) : 400;
		int rounds = args.length > 2 ? Integer.parseInt(args[2].trim()) : 16;
		System.setProperty("fleet.peak", "true");
		System.out.println("starting the fleet…");
		try (RunningFleet fleet = FleetExtension.start()) {
			if (fleet.failure().isPresent()) {
				throw new IllegalStateException("the fleet did not start", fleet.failure().get());
			}
			SlotSupply supply = new SlotSupply(Storefront.RON, "America/Chicago", Duration.ofMinutes(60), true);
			for (int round = 1; round <= rounds; round++) {
				round(fleet.processes(), round, clients, size, supply);
			}
		}
	}

	private static void round(LocalFleet fleet, int round, int clients, int size, SlotSupply supply)
			throws InterruptedException {
		List<SlotSupply.Slot> slots = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			slots.add(supply.next());
		}
		AtomicInteger next = new AtomicInteger();
		AtomicInteger booked = new AtomicInteger();
		ProcessCpu before = ProcessCpu.read(fleet);
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
		String cpu = ProcessCpu.describe(ProcessCpu.read(fleet).millisPerOperationSince(before, booked.get()));
		System.out.printf("round %d: %d of %d booked, %.1f/s; fleet CPU a booking %s%n", round, booked.get(), size,
				booked.get() / seconds, cpu);
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
