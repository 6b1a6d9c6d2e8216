package org.bookingfleet.fleettests.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.bookingfleet.fleettests.api.Answer;
import org.bookingfleet.fleettests.api.Caller;
import org.bookingfleet.fleettests.api.Gateway;
import org.bookingfleet.fleettests.api.SlotSupply;
import org.bookingfleet.fleettests.api.Storefront;
import tools.jackson.databind.JsonNode;

/**
 * Guests booking distinct slots at a fixed rate in the background (hold, quote, booking),
 * while a test breaks something. It keeps every booking the fleet accepted, with its
 * access token, and every refusal.
 */
final class BookingLoad implements AutoCloseable {

	private final SlotSupply slots;

	private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();

	private final ExecutorService customers = Executors.newFixedThreadPool(8);

	private final Map<String, String> accepted = new ConcurrentHashMap<>();

	private final List<String> refused = new CopyOnWriteArrayList<>();

	BookingLoad(SlotSupply slots) {
		this.slots = slots;
	}

	BookingLoad start(int perSecond) {
		clock.scheduleAtFixedRate(() -> customers.submit(this::bookOne), 0, 1_000_000 / perSecond,
				TimeUnit.MICROSECONDS);
		return this;
	}

	void stop() {
		clock.shutdownNow();
		customers.shutdown();
		try {
			customers.awaitTermination(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private void bookOne() {
		try {
			SlotSupply.Slot slot = slots.next();
			Answer hold = Storefront.hold(slots.serviceId(), slot.providerId(), slot.start(), 1);
			if (hold.status() != 201) {
				refused.add(hold.toString());
				return;
			}
			String email = Storefront.newEmail("load");
			Answer quote = Gateway.post("/api/v2/services/pricing", Caller.ANONYMOUS,
					Storefront.quoteRequest(slots.serviceId(), slot.start(), 1, email));
			if (quote.status() != 200) {
				refused.add(quote.toString());
				return;
			}
			String key = UUID.randomUUID().toString();
			var request = Storefront
				.request(slots.serviceId(), hold.field("holdId"), quote.field("quoteToken"), slot.start(), email, 1)
				.put("holdToken", hold.field("holdToken"));
			Answer booking = Storefront.book(request, key, Caller.ANONYMOUS);
			if (booking.status() == 201 || booking.status() == 202) {
				accepted.put(booking.field("id"), booking.field("accessToken"));
			}
			else {
				refused.add(booking.toString());
			}
		}
		catch (RuntimeException unreachable) {
			refused.add(unreachable.toString());
		}
	}

	Map<String, String> accepted() {
		return Map.copyOf(accepted);
	}

	List<String> refused() {
		return List.copyOf(refused);
	}

	/**
	 * Every accepted booking reaches one of the states within the time; the stragglers
	 * are named.
	 */
	void awaitEverySettled(Duration limit, String... states) {
		await("every accepted booking settled").atMost(limit).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
			List<String> unsettled = accepted.entrySet().stream().filter(entry -> {
				Answer answer = Gateway.get("/api/v2/bookings/" + entry.getKey(), Caller.guest(entry.getValue()));
				JsonNode status = answer.json().path("status");
				return answer.status() != 200 || !List.of(states).contains(status.asString());
			}).map(Map.Entry::getKey).toList();
			assertThat(unsettled).as("bookings not in %s", List.of(states)).isEmpty();
		});
	}

	@Override
	public void close() {
		stop();
	}

}
