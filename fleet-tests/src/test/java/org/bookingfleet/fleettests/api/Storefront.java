package org.bookingfleet.fleettests.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The steps a customer, a provider and an admin take through the public API. */
public final class Storefront {

	public static final String RON = "hmnp-ron-acknowledgment";

	public static final String RON_ZONE = "America/Chicago";

	public static final String COURSE = "fa-emergency-first-aid-at-work";

	public static final String COURSE_ZONE = "Europe/London";

	public static final String SUCCEEDING_CARD = "4242424242424242";

	private static final AtomicLong NEXT_PROVIDER = new AtomicLong(
			100_000 + (System.currentTimeMillis() / 1000 % 100_000) * 100);

	public static final String HOURLY = "pro-handyman";

	public static final String HOURLY_ZONE = "America/Denver";

	public record Booked(String id, String accessToken, Answer created) {
		public Caller guest() {
			return Caller.guest(accessToken);
		}
	}

	/**
	 * A held slot: the hold's id and the holder's secret, which only the customer who
	 * held it has.
	 */
	public record Held(String id, String token, Instant start, Instant end) {
		static Held of(Answer answer) {
			return new Held(answer.field("holdId"), answer.field("holdToken"), Instant.parse(answer.field("start")),
					Instant.parse(answer.field("end")));
		}
	}

	private Storefront() {
	}

	/**
	 * A new provider, open 09:00 to 17:00 every day in the zone, offering the service;
	 * nobody else books it.
	 */
	public static long openProvider(String serviceId, String zone) {
		return openProvider(serviceId, zone, "09:00", "17:00");
	}

	/**
	 * A new provider open between the two local times every day; within the service's own
	 * hours.
	 */
	public static long openProvider(String serviceId, String zone, String opens, String closes) {
		long id = NEXT_PROVIDER.incrementAndGet();
		ObjectNode schedule = Json.object().put("timeZone", zone);
		ObjectNode week = schedule.putObject("weeklyHours");
		for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
			week.putArray(day).addObject().put("start", opens).put("end", closes);
		}
		schedule.put("minimumNoticeMinutes", 0).put("horizonDays", 120).put("slotIntervalMinutes", 30);
		schedule.putArray("serviceIds").add(serviceId);
		Answer answer = Gateway.put("/api/v2/providers/" + id + "/schedule", Tokens.admin(), schedule);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		return id;
	}

	/**
	 * The provider takes payment at the appointment: bookings confirm as soon as the slot
	 * is theirs.
	 */
	public static void payAtAppointment(long providerId) {
		Answer answer = Gateway.put("/api/v2/bookings/terms/" + providerId, Tokens.admin(),
				Json.object().put("approvalRequired", false).put("payAtAppointment", true));
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
	}

	public static List<JsonNode> slots(String serviceId, long providerId, Instant from, Instant to) {
		return slots(serviceId, providerId, from, to, null);
	}

	/**
	 * The starts where a job of {@code durationMinutes} fits whole (null: the service's
	 * own length).
	 */
	public static List<JsonNode> slots(String serviceId, long providerId, Instant from, Instant to,
			Integer durationMinutes) {
		Answer answer = Gateway.get(
				"/api/v2/availability?serviceId=" + serviceId + "&providerId=" + providerId + "&from=" + from + "&to="
						+ to + (durationMinutes == null ? "" : "&durationMinutes=" + durationMinutes),
				Caller.ANONYMOUS);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		List<JsonNode> slots = new ArrayList<>();
		answer.json().path("slots").forEach(slots::add);
		return slots;
	}

	/**
	 * The start of the first free slot on the day {@code daysAhead} from today in the
	 * zone.
	 */
	public static Instant firstSlot(String serviceId, long providerId, String zone, int daysAhead) {
		ZoneId id = ZoneId.of(zone);
		LocalDate day = LocalDate.now(id).plusDays(daysAhead);
		Instant from = day.atStartOfDay(id).toInstant();
		List<JsonNode> slots = slots(serviceId, providerId, from, from.plus(1, ChronoUnit.DAYS));
		assertThat(slots).as("free slots of provider %d on %s", providerId, day).isNotEmpty();
		return Instant.parse(slots.get(0).path("start").asString());
	}

	public static Instant localTime(String zone, int daysAhead, LocalTime time) {
		ZoneId id = ZoneId.of(zone);
		return LocalDate.now(id).plusDays(daysAhead).atTime(time).atZone(id).toInstant();
	}

	public static Answer hold(String serviceId, long providerId, Instant start, int seats) {
		return hold(serviceId, providerId, start, seats, null);
	}

	/**
	 * Asks for a hold of {@code durationMinutes} from the start (null: the service's own
	 * length).
	 */
	public static Answer hold(String serviceId, long providerId, Instant start, int seats, Integer durationMinutes) {
		ObjectNode body = Json.object()
			.put("serviceId", serviceId)
			.put("providerId", providerId)
			.put("start", start.toString())
			.put("seats", seats);
		if (durationMinutes != null) {
			body.put("durationMinutes", durationMinutes);
		}
		return Gateway.post("/api/v2/availability/hold", Caller.ANONYMOUS, body);
	}

	public static Held held(String serviceId, long providerId, Instant start, int seats) {
		return held(serviceId, providerId, start, seats, null);
	}

	public static Held held(String serviceId, long providerId, Instant start, int seats, Integer durationMinutes) {
		Answer answer = hold(serviceId, providerId, start, seats, durationMinutes);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
		assertThat(answer.field("holdToken")).as("the holder's secret in " + answer.request()).isNotBlank();
		return Held.of(answer);
	}

	/** Gives the hold back as its holder, with the hold's secret. */
	public static Answer release(String holdId, String holdToken) {
		return Gateway.send("DELETE", "/api/v2/availability/hold/" + holdId, Caller.ANONYMOUS, null,
				holdToken == null ? Map.of() : Map.of("X-Hold-Token", holdToken));
	}

	/**
	 * A quote of the service for the customer at the start, with no address, promo code
	 * or chosen length.
	 */
	public static JsonNode quote(String serviceId, Instant start, int attendees, String email) {
		return quote(quoteRequest(serviceId, start, attendees, email));
	}

	/**
	 * A quote only to read a price by: nobody books it (it is bound to a customer of its
	 * own).
	 */
	public static JsonNode quote(String serviceId, Instant start, int attendees) {
		return quote(serviceId, start, attendees, newEmail("price-reader"));
	}

	/**
	 * The quote request of a customer; add {@code address}, {@code promoCode},
	 * {@code durationMinutes} to it.
	 */
	public static ObjectNode quoteRequest(String serviceId, Instant start, int attendees, String email) {
		return Json.object()
			.put("serviceId", serviceId)
			.put("scheduledDateTime", start.toString())
			.put("attendees", attendees)
			.put("customerEmail", email);
	}

	public static JsonNode quote(ObjectNode quoteRequest) {
		Answer answer = Gateway.post("/api/v2/services/pricing", Caller.ANONYMOUS, quoteRequest);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		return answer.json();
	}

	/**
	 * A series quote: the recurrence in the booking request's shape ({@code onConflict}
	 * does not change a price), every occurrence priced at its own start.
	 */
	public static JsonNode seriesQuote(String serviceId, Instant start, int attendees, String email,
			ObjectNode recurrence) {
		ObjectNode body = quoteRequest(serviceId, start, attendees, email);
		body.set("recurrence", recurrence);
		return quote(body);
	}

	/** The booking request of a held slot: the hold's id with its secret. */
	public static ObjectNode request(String serviceId, Held held, String quoteToken, String email, int attendees) {
		return request(serviceId, held.id(), quoteToken, held.start(), email, attendees).put("holdToken", held.token());
	}

	public static ObjectNode request(String serviceId, String holdId, String quoteToken, Instant start, String email,
			int attendees) {
		ObjectNode body = Json.object()
			.put("serviceId", serviceId)
			.put("holdId", holdId)
			.put("quoteToken", quoteToken)
			.put("customerName", "Dana Smith")
			.put("customerEmail", email)
			.put("customerPhone", "+17135550101")
			.put("scheduledDateTime", start.toString());
		ArrayNode people = body.putArray("attendees");
		for (int i = 0; i < attendees; i++) {
			ObjectNode person = people.addObject()
				.put("name", "Attendee " + (i + 1))
				.put("email", "attendee" + (i + 1) + "-" + email);
			if (i == 0) {
				person.putArray("requirements")
					.addObject()
					.put("type", "ACCESSIBILITY")
					.put("priority", "HIGH")
					.put("details", "step-free access");
			}
		}
		return body;
	}

	public static Answer book(ObjectNode body, String idempotencyKey, Caller caller) {
		return Gateway.post("/api/v2/bookings", caller, body, Map.of("Idempotency-Key", idempotencyKey));
	}

	public static String newEmail(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
	}

	/** Hold, quote and book the slot as a guest; the answer must be 201 or 202. */
	public static Booked bookSlot(String serviceId, long providerId, Instant start, int seats, String email) {
		Held held = held(serviceId, providerId, start, seats);
		JsonNode quote = quote(serviceId, start, seats, email);
		Answer created = book(request(serviceId, held, quote.path("quoteToken").asString(), email, seats),
				UUID.randomUUID().toString(), Caller.ANONYMOUS);
		assertThat(created.status()).as(created.toString()).isIn(201, 202);
		assertThat(created.field("accessToken")).as(created.toString()).isNotBlank();
		return new Booked(created.field("id"), created.field("accessToken"), created);
	}

	/** Books one seat of the slot as a guest and waits until the booking is confirmed. */
	public static Booked bookConfirmed(String serviceId, long providerId, Instant start, String email) {
		Booked booked = bookSlot(serviceId, providerId, start, 1, email);
		awaitStatus(booked.id(), booked.guest(), "CONFIRMED");
		return booked;
	}

	/**
	 * Moves the booking onto a slot its customer holds, at the price of a fresh quote for
	 * the new time.
	 */
	public static Answer reschedule(Booked booked, Held held, String quoteToken) {
		return Gateway.put("/api/v2/bookings/" + booked.id(), booked.guest(),
				Json.object().put("holdId", held.id()).put("holdToken", held.token()).put("quoteToken", quoteToken));
	}

	public static JsonNode booking(String id, Caller caller) {
		Answer answer = Gateway.get("/api/v2/bookings/" + id, caller);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		return answer.json();
	}

	public static JsonNode awaitStatus(String id, Caller caller, Duration limit, String... statuses) {
		AtomicReference<JsonNode> last = new AtomicReference<>();
		await().atMost(limit).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
			last.set(booking(id, caller));
			assertThat(last.get().path("status").asString()).as("booking %s", id).isIn((Object[]) statuses);
		});
		return last.get();
	}

	public static JsonNode awaitStatus(String id, Caller caller, String... statuses) {
		return awaitStatus(id, caller, Duration.ofSeconds(30), statuses);
	}

	/**
	 * The payment intent of the booking, once Stripe has it (the payment service creates
	 * it from the event).
	 */
	public static JsonNode intent(String bookingId, Caller payer) {
		AtomicReference<Answer> last = new AtomicReference<>();
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			last.set(Gateway.post("/api/v2/payments/intent", payer, Json.object().put("bookingId", bookingId)));
			assertThat(last.get().status()).as(last.get().toString()).isIn(200, 201);
			assertThat(last.get().field("clientSecret")).as(last.get().toString()).isNotBlank();
			assertThat(last.get().field("status")).as(last.get().toString()).isNotEqualTo("CREATING");
		});
		return last.get().json();
	}

	/**
	 * Pays the booking with a card at the Stripe sandbox, as the page does, then lets the
	 * payment service settle.
	 */
	public static JsonNode payWithCard(String bookingId, Caller payer, String card) {
		JsonNode intent = intent(bookingId, payer);
		Answer confirmed = StripeSandbox.confirmWithCard(intent.path("paymentIntentId").asString(),
				intent.path("clientSecret").asString(), card);
		assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
		Answer settled = Gateway.post("/api/v2/payments/confirm", payer,
				Json.object().put("paymentIntentId", intent.path("paymentIntentId").asString()));
		assertThat(settled.status()).as(settled.toString()).isEqualTo(200);
		return settled.json();
	}

	public static Set<String> activeStatuses() {
		return Set.of("PENDING", "AWAITING_PAYMENT", "CONFIRMED");
	}

}
