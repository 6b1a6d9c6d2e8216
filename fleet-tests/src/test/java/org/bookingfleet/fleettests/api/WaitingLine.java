package org.bookingfleet.fleettests.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A customer in the waitlist of a slot, and the offers the slot's release brings them.
 */
public final class WaitingLine {

	/**
	 * One place in line: the entry, the guest's token for it and how the customer is
	 * reached.
	 */
	public record Place(String id, Caller guest, String name, String email, String phone) {
	}

	private WaitingLine() {
	}

	/**
	 * Joins the line for the thirty minutes from {@code start}, to hear of an offer in
	 * the language on the channel.
	 */
	public static Place join(String serviceId, long providerId, Instant start, String name, String language,
			String channel) {
		String email = Storefront.newEmail("waiting");
		String phone = "+1713" + (5_550_000 + ThreadLocalRandom.current().nextInt(10_000));
		ObjectNode body = Json.object()
			.put("serviceId", serviceId)
			.put("providerId", providerId)
			.put("from", start.toString())
			.put("to", start.plus(Duration.ofMinutes(30)).toString())
			.put("seats", 1)
			.put("customerName", name)
			.put("customerEmail", email)
			.put("customerPhone", phone)
			.put("language", language);
		body.putArray("channels").add(channel);
		Answer joined = Gateway.post("/api/v2/waitlist", Caller.ANONYMOUS, body);
		assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
		assertThat(joined.field("language")).as(joined.toString()).isEqualTo(language);
		return new Place(joined.field("id"), Caller.guest(joined.field("accessToken")), name, email, phone);
	}

	public static JsonNode entry(Place place) {
		Answer line = Gateway.get("/api/v2/waitlist/" + place.id(), place.guest());
		assertThat(line.status()).as(line.toString()).isEqualTo(200);
		return line.json();
	}

	/**
	 * The entry's current offer, once it has one of the slot starting at {@code start}.
	 */
	public static JsonNode awaitOffer(Place place, Instant start, Duration limit) {
		AtomicReference<JsonNode> offer = new AtomicReference<>();
		await("an offer of " + start + " to " + place.name()).atMost(limit)
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> {
				JsonNode entry = entry(place);
				JsonNode current = entry.path("offer");
				assertThat(current.path("status").asString()).as(entry.toString()).isEqualTo("OPEN");
				assertThat(Instant.parse(current.path("start").asString())).as(entry.toString()).isEqualTo(start);
				offer.set(current);
			});
		return offer.get();
	}

	/**
	 * Waits until the availability service holds the offered slot: it is no longer on
	 * offer to anyone searching. Once the offer is made, the slot only goes from free to
	 * held for it.
	 */
	public static void awaitHeldForTheOffer(String serviceId, long providerId, Instant start) {
		await("the slot at " + start + " held for the offer").atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> Storefront
				.slots(serviceId, providerId, start.minus(Duration.ofHours(1)), start.plus(Duration.ofHours(1)))
				.stream()
				.noneMatch(slot -> Instant.parse(slot.path("start").asString()).equals(start)));
	}

	/**
	 * The offered customer books the held slot with the offer as the hold, after a quote
	 * of it. The offer link is the customer's proof, so the request names the offer
	 * alone, without a hold's secret.
	 */
	public static Storefront.Booked bookOffer(String serviceId, Place place, String offerId, Instant start) {
		JsonNode quote = Storefront.quote(serviceId, start, 1, place.email());
		ObjectNode body = Storefront
			.request(serviceId, offerId, quote.path("quoteToken").asString(), start, place.email(), 1)
			.put("customerName", place.name())
			.put("customerPhone", place.phone());
		Answer created = Storefront.book(body, java.util.UUID.randomUUID().toString(), Caller.ANONYMOUS);
		assertThat(created.status()).as(created.toString()).isIn(201, 202);
		return new Storefront.Booked(created.field("id"), created.field("accessToken"), created);
	}

}
