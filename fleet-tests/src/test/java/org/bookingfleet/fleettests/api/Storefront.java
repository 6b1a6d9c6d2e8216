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

    public record Booked(String id, String accessToken, Answer created) {
        public Caller guest() {
            return Caller.guest(accessToken);
        }
    }

    private Storefront() {
    }

    /** A new provider, open 09:00 to 17:00 every day in the zone, offering the service; nobody else books it. */
    public static long openProvider(String serviceId, String zone) {
        return openProvider(serviceId, zone, "09:00", "17:00");
    }

    /** A new provider open between the two local times every day; within the service's own hours. */
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

    /** The provider takes payment at the appointment: bookings confirm as soon as the slot is theirs. */
    public static void payAtAppointment(long providerId) {
        Answer answer = Gateway.put("/api/v2/bookings/terms/" + providerId, Tokens.admin(),
                Json.object().put("approvalRequired", false).put("payAtAppointment", true));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    public static List<JsonNode> slots(String serviceId, long providerId, Instant from, Instant to) {
        Answer answer = Gateway.get("/api/v2/availability?serviceId=" + serviceId + "&providerId=" + providerId
                + "&from=" + from + "&to=" + to, Caller.ANONYMOUS);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<JsonNode> slots = new ArrayList<>();
        answer.json().path("slots").forEach(slots::add);
        return slots;
    }

    /** The start of the first free slot on the day {@code daysAhead} from today in the zone. */
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
        return Gateway.post("/api/v2/availability/hold", Caller.ANONYMOUS, Json.object().put("serviceId", serviceId)
                .put("providerId", providerId).put("start", start.toString()).put("seats", seats));
    }

    public static String holdId(String serviceId, long providerId, Instant start, int seats) {
        Answer answer = hold(serviceId, providerId, start, seats);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.field("holdId");
    }

    public static JsonNode quote(String serviceId, Instant start, int attendees) {
        Answer answer = Gateway.post("/api/v2/services/pricing", Caller.ANONYMOUS, Json.object()
                .put("serviceId", serviceId).put("scheduledDateTime", start.toString()).put("attendees", attendees));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    /**
     * A series quote: the recurrence in the booking request's shape ({@code onConflict} does not change a price), every
     * occurrence priced at its own start.
     */
    public static JsonNode seriesQuote(String serviceId, Instant start, int attendees, ObjectNode recurrence) {
        ObjectNode body = Json.object().put("serviceId", serviceId).put("scheduledDateTime", start.toString())
                .put("attendees", attendees);
        body.set("recurrence", recurrence);
        Answer answer = Gateway.post("/api/v2/services/pricing", Caller.ANONYMOUS, body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    public static ObjectNode request(String serviceId, String holdId, String quoteToken, Instant start, String email,
                                     int attendees) {
        ObjectNode body = Json.object().put("serviceId", serviceId).put("holdId", holdId).put("quoteToken", quoteToken)
                .put("customerName", "Dana Smith").put("customerEmail", email).put("customerPhone", "+17135550101")
                .put("scheduledDateTime", start.toString());
        ArrayNode people = body.putArray("attendees");
        for (int i = 0; i < attendees; i++) {
            ObjectNode person = people.addObject().put("name", "Attendee " + (i + 1))
                    .put("email", "attendee" + (i + 1) + "-" + email);
            if (i == 0) {
                person.putArray("requirements").addObject().put("type", "ACCESSIBILITY").put("priority", "HIGH")
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
        String holdId = holdId(serviceId, providerId, start, seats);
        JsonNode quote = quote(serviceId, start, seats);
        Answer created = book(request(serviceId, holdId, quote.path("quoteToken").asString(), start, email, seats),
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

    /** The payment intent of the booking, once Stripe has it (the payment service creates it from the event). */
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

    /** Pays the booking with a card at the Stripe sandbox, as the page does, then lets the payment service settle. */
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
