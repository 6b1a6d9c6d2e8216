package org.bookingfleet.booking.waitlist.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.bookingfleet.booking.bookings.internal.web.BookingFixtures;
import org.bookingfleet.events.EventCodec;
import org.bookingfleet.events.availability.OfferHoldRefused;
import org.bookingfleet.events.availability.SlotHeld;
import org.bookingfleet.events.availability.SlotReleased;
import org.bookingfleet.events.availability.SlotReserved;
import org.bookingfleet.events.booking.WaitlistOfferMade;
import org.bookingfleet.events.booking.WaitlistOfferWithdrawn;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The waitlist on the real database and broker; the availability service's part (holding
 * the offered slot, releasing it when the offer lapses) is played by publishing the
 * events it would publish.
 */
@FleetIntegrationTest
@AutoConfigureWebTestClient
class WaitlistIntegrationTest {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@Autowired
	WebTestClient web;

	@Autowired
	BookingFixtures fixtures;

	@Autowired
	DatabaseClient database;

	record Joined(UUID id, String token) {
	}

	private Joined join(String serviceId, Instant from, Instant to, String name) {
		return join(serviceId, from, to, name, Map.of());
	}

	private Joined join(String serviceId, Instant from, Instant to, String name, Map<String, Object> more) {
		JsonNode joined = web.post()
			.uri("/api/v2/waitlist")
			.bodyValue(body(serviceId, from, to, name, more))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		return new Joined(UUID.fromString(joined.get("id").stringValue()), joined.get("accessToken").stringValue());
	}

	private static Map<String, Object> body(String serviceId, Instant from, Instant to, String name,
			Map<String, Object> more) {
		Map<String, Object> body = new HashMap<>(
				Map.of("serviceId", serviceId, "from", from.toString(), "to", to.toString(), "customerName", name,
						"customerEmail", "wait@example.com", "customerPhone", "+447700900123"));
		body.putAll(more);
		return body;
	}

	private JsonNode entry(Joined joined) {
		return web.get()
			.uri("/api/v2/waitlist/{id}", joined.id())
			.header("X-Booking-Token", joined.token())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	private String status(Joined joined) {
		return entry(joined).get("status").stringValue();
	}

	/**
	 * Waits for the entry's open offer and returns it as the offer event the service
	 * wrote.
	 */
	private WaitlistOfferMade awaitOffer(Joined joined) {
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(status(joined)).isEqualTo("OFFERED"));
		UUID offerId = UUID.fromString(entry(joined).get("offer").get("holdId").stringValue());
		return offersMade(joined).stream().filter(made -> made.offerId().equals(offerId)).findFirst().orElseThrow();
	}

	private List<WaitlistOfferMade> offersMade(Joined joined) {
		return database.sql(
				"select payload from outbox_event where event_key = :key and event_type = 'WaitlistOfferMade' order by id")
			.bind("key", joined.id().toString())
			.map(row -> row.get(0, byte[].class))
			.all()
			.map(payload -> EventCodec.data(EventCodec.read(payload), WaitlistOfferMade.class))
			.collectList()
			.block();
	}

	private long openOffers(long provider, Instant start) {
		return database.sql(
				"select count(*) from waitlist_offer where provider_id = :provider and starts_at = :start and status = 'OPEN'")
			.bind("provider", provider)
			.bind("start", start)
			.map(row -> row.get(0, Long.class))
			.one()
			.block();
	}

	private void lapse(WaitlistOfferMade offer) {
		database.sql("update waitlist_offer set expires_at = now() - interval '1 second' where id = :id")
			.bind("id", offer.offerId())
			.fetch()
			.rowsUpdated()
			.block();
	}

	/** What the availability service publishes when the offer's hold stops counting. */
	private void holdReleased(WaitlistOfferMade offer, String reason) {
		fixtures.publish(new SlotReleased(offer.offerId(), null, offer.providerId(), offer.serviceId(), offer.start(),
				offer.end(), offer.seats(), reason), offer.offerId());
	}

	private static Instant slotStart() {
		return Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
	}

	private Joined joinAround(String service, Instant start, String name) {
		return join(service, start.minus(Duration.ofHours(4)), start.plus(Duration.ofHours(4)), name);
	}

	private UUID cancelledBookingReleases(String service, long provider, Instant start) {
		UUID booking = UUID.randomUUID();
		return fixtures
			.publish(new SlotReleased(UUID.randomUUID(), booking, provider, service, start,
					start.plus(Duration.ofHours(1)), 1, "BOOKING_CANCELLED"), booking)
			.id();
	}

	@Test
	void releasedSlotIsOfferedToTheFirstInLineThenToTheNextOnceTheLapsedOffersHoldIsReleased() {
		String service = fixtures.service(1);
		long provider = fixtures.provider();
		Instant start = slotStart();
		Joined first = joinAround(service, start, "First Person");
		Joined second = joinAround(service, start, "Second Person");

		cancelledBookingReleases(service, provider, start);

		WaitlistOfferMade offer = awaitOffer(first);
		assertThat(offer.serviceName()).isEqualTo("Mobile notary");
		assertThat(offer.timeZone()).isEqualTo("America/Chicago");
		assertThat(offer.language()).isEqualTo("en");
		assertThat(offer.channels()).containsExactly("EMAIL");
		assertThat(offer.expiresAt()).isAfter(Instant.now());
		JsonNode offered = entry(first);
		assertThat(offered.get("offer").get("id").stringValue()).isEqualTo(offer.offerId().toString());
		assertThat(Instant.parse(offered.get("offer").get("expiresAt").stringValue())).isEqualTo(offer.expiresAt());
		assertThat(offered.get("offer").get("holdId").stringValue()).isEqualTo(offer.offerId().toString());
		assertThat(status(second)).isEqualTo("WAITING");

		lapse(offer);
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(status(first)).isEqualTo("WAITING"));
		assertThat(entry(first).get("offers").get(0).get("status").stringValue()).isEqualTo("LAPSED");
		assertThat(entry(first).has("offer")).isFalse();
		assertThat(status(second)).isEqualTo("WAITING");
		assertThat(openOffers(provider, start)).isZero();

		holdReleased(offer, "HOLD_EXPIRED");

		WaitlistOfferMade next = awaitOffer(second);
		assertThat(next.start()).isEqualTo(start);
		assertThat(openOffers(provider, start)).isEqualTo(1);
		assertThat(fixtures.outboxTypes(first.id())).containsExactly("WaitlistOfferMade");
		assertThat(fixtures.outboxTypes(second.id())).containsExactly("WaitlistOfferMade");
	}

	@Test
	void aSlotReleasedTwiceAtOnceIsOnOfferToOneCustomerOnly() {
		String service = fixtures.service(1);
		long provider = fixtures.provider();
		Instant start = slotStart();
		List<Joined> line = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			line.add(joinAround(service, start, "Person " + i));
		}

		List<CompletableFuture<UUID>> releases = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			releases.add(CompletableFuture.supplyAsync(() -> cancelledBookingReleases(service, provider, start)));
		}
		List<UUID> released = releases.stream().map(CompletableFuture::join).toList();

		awaitOffer(line.get(0));
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(released).hasSize(4)
				.allMatch(release -> fixtures.consumedBy("waitlist", release)));
		assertThat(openOffers(provider, start)).isEqualTo(1);
		AtomicInteger offered = new AtomicInteger();
		line.forEach(joined -> offered.addAndGet(offersMade(joined).size()));
		assertThat(offered).hasValue(1);
	}

	@Test
	void aReleaseNobodyWaitsForAndACustomersOwnReservationArePassedOverWithNothingRecorded() {
		String service = fixtures.service(1);
		String unwaited = fixtures.service(1);
		long provider = fixtures.provider();
		Instant start = slotStart();
		Instant end = start.plus(Duration.ofHours(1));
		Joined waiting = joinAround(service, start, "Waiting Person");
		UUID key = UUID.randomUUID();

		// one record key, so one partition and one lane: applied one after the other
		UUID nobodyWaits = fixtures
			.publish(new SlotReleased(UUID.randomUUID(), null, provider, unwaited, start, end, 1, "HOLD_EXPIRED"), key)
			.id();
		UUID customersOwn = fixtures
			.publish(new SlotReserved(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), provider, service, start,
					end, 1), key)
			.id();
		UUID waitedFor = fixtures
			.publish(new SlotReleased(UUID.randomUUID(), null, provider, service, start, end, 1, "HOLD_EXPIRED"), key)
			.id();

		awaitOffer(waiting);
		assertThat(fixtures.consumedBy("waitlist", waitedFor)).isTrue();
		assertThat(fixtures.consumedBy("waitlist", nobodyWaits)).isFalse();
		assertThat(fixtures.consumedBy("waitlist", customersOwn)).isFalse();
	}

	@Test
	void theOfferedCustomerBooksTheHeldSlotWithTheOfferAsHold() {
		String service = fixtures.service(1);
		long provider = fixtures.provider();
		Instant start = slotStart();
		Joined waiting = joinAround(service, start, "Booking Person");
		cancelledBookingReleases(service, provider, start);
		WaitlistOfferMade offer = awaitOffer(waiting);
		fixtures.publish(new SlotHeld(offer.offerId(), provider, service, start, offer.end(), offer.seats(),
				offer.expiresAt(), true), offer.offerId());
		BookingFixtures.Slot held = new BookingFixtures.Slot(service, provider, offer.offerId(), start, offer.end(),
				offer.seats(), null);

		JsonNode booked = web.post()
			.uri("/api/v2/bookings")
			.header(HttpHeaders.AUTHORIZATION, fixtures.customer("waiter-" + UUID.randomUUID()))
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.bodyValue(fixtures.request(held, fixtures.quote(held, 12_000, 0)))
			.exchange()
			.expectStatus()
			.is2xxSuccessful()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		UUID bookingId = UUID.fromString(booked.get("id").stringValue());
		assertThat(fixtures.holdOf(bookingId)).isEqualTo(offer.offerId());

		web.get()
			.uri("/api/v2/waitlist/offers/{id}", offer.offerId())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.holdId")
			.isEqualTo(offer.offerId().toString())
			.jsonPath("$.serviceId")
			.isEqualTo(service)
			.jsonPath("$.providerId")
			.isEqualTo(provider)
			.jsonPath("$.start")
			.isEqualTo(start.toString())
			.jsonPath("$.seats")
			.isEqualTo(1)
			.jsonPath("$.status")
			.isEqualTo("OPEN")
			.jsonPath("$.customerEmail")
			.doesNotExist();
		web.get()
			.uri("/api/v2/waitlist/offers/{id}", UUID.randomUUID())
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("NOT_FOUND");
		web.get().uri("/api/v2/waitlist/offers/not-an-offer").exchange().expectStatus().isNotFound();

		fixtures.publish(new SlotReserved(bookingId, offer.offerId(), offer.offerId(), provider, service, start,
				offer.end(), offer.seats()), bookingId);

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(status(waiting)).isEqualTo("BOOKED"));
		assertThat(entry(waiting).get("offers").get(0).get("status").stringValue()).isEqualTo("BOOKED");
		assertThat(openOffers(provider, start)).isZero();
	}

	@Test
	void anOfferWhoseSlotSomeoneElseTookPutsTheCustomerBackInLineForTheSlotsNextRelease() {
		String service = fixtures.service(1);
		long provider = fixtures.provider();
		Instant start = slotStart();
		Joined waiting = joinAround(service, start, "Unlucky Person");
		cancelledBookingReleases(service, provider, start);
		WaitlistOfferMade offer = awaitOffer(waiting);

		fixtures.publish(new OfferHoldRefused(offer.offerId(), offer.entryId(), provider, service, start, "SLOT_TAKEN"),
				offer.offerId());

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(status(waiting)).isEqualTo("WAITING"));
		assertThat(entry(waiting).get("offers").get(0).get("status").stringValue()).isEqualTo("TAKEN");

		cancelledBookingReleases(service, provider, start);

		WaitlistOfferMade again = awaitOffer(waiting);
		assertThat(again.offerId()).isNotEqualTo(offer.offerId());
	}

	@Test
	void leavingWhileOfferedWithdrawsTheOfferSoItsReleasedHoldGoesToTheNext() {
		String service = fixtures.service(1);
		long provider = fixtures.provider();
		Instant start = slotStart();
		Joined leaving = joinAround(service, start, "Leaving Person");
		Joined next = joinAround(service, start, "Next Person");
		cancelledBookingReleases(service, provider, start);
		WaitlistOfferMade offer = awaitOffer(leaving);

		web.delete()
			.uri("/api/v2/waitlist/{id}", leaving.id())
			.header("X-Booking-Token", leaving.token())
			.exchange()
			.expectStatus()
			.isNoContent();

		assertThat(status(leaving)).isEqualTo("LEFT");
		assertThat(entry(leaving).get("offers").get(0).get("status").stringValue()).isEqualTo("WITHDRAWN");
		assertThat(fixtures.outboxTypes(leaving.id())).containsExactly("WaitlistOfferMade", "WaitlistOfferWithdrawn");
		WaitlistOfferWithdrawn withdrawn = database
			.sql("select payload from outbox_event where event_key = :key and event_type = 'WaitlistOfferWithdrawn'")
			.bind("key", leaving.id().toString())
			.map(row -> row.get(0, byte[].class))
			.one()
			.map(payload -> EventCodec.data(EventCodec.read(payload), WaitlistOfferWithdrawn.class))
			.block();
		assertThat(withdrawn.offerId()).isEqualTo(offer.offerId());
		assertThat(status(next)).isEqualTo("WAITING");
		assertThat(database.sql("select payload from outbox_event where event_key = :key order by id")
			.bind("key", leaving.id().toString())
			.map(row -> EventCodec.read(row.get(0, byte[].class)).aggregateVersion())
			.all()
			.collectList()
			.block()).as("the offer's version once made, then once withdrawn").containsExactly(1L, 2L);

		holdReleased(offer, "HOLD_RELEASED");

		awaitOffer(next);
		assertThat(status(leaving)).isEqualTo("LEFT");
	}

	@Test
	void noticePreferencesAreCheckedStoredAndShown() {
		String service = fixtures.service(1);
		Instant from = Instant.now();
		Instant to = from.plus(Duration.ofDays(1));

		JsonNode chosen = entry(join(service, from, to, "Chooser Person", Map.of("language", "es-AR", "channels",
				List.of("sms", "EMAIL"), "timeZone", "America/Argentina/Buenos_Aires")));
		assertThat(chosen.get("language").stringValue()).isEqualTo("es-AR");
		assertThat(chosen.get("channels").values()).extracting(JsonNode::stringValue).containsExactly("SMS", "EMAIL");
		assertThat(chosen.get("timeZone").stringValue()).isEqualTo("America/Argentina/Buenos_Aires");

		JsonNode defaults = entry(join(service, from, to, "Default Person"));
		assertThat(defaults.get("language").stringValue()).isEqualTo("en");
		assertThat(defaults.get("channels").values()).extracting(JsonNode::stringValue).containsExactly("EMAIL");
		assertThat(defaults.get("timeZone").stringValue()).isEqualTo("America/Chicago");

		assertRefused(service, Map.of("language", "klingon!"), "language");
		assertRefused(service, Map.of("channels", List.of("PIGEON")), "channels");
		assertRefused(service, Map.of("channels", List.of()), "channels");
		assertRefused(service, Map.of("timeZone", "Mars/Olympus_Mons"), "timeZone");
	}

	@Test
	void seatsBeyondTheServicesCapacityANonPositiveProviderAndAWindowFromYearOneTo9999AreRefused() {
		String service = fixtures.service(1);

		assertRefused(service, Map.of("seats", 10_000), "seats");
		assertRefused(service, Map.of("providerId", -1), "providerId");
		assertRefused(service, Map.of("from", "0001-01-01T00:00:00Z", "to", "9999-12-31T00:00:00Z"), "from");
		assertRefused(service, Map.of("to", Instant.now().plus(Duration.ofDays(800)).toString()), "to");
		assertRefused(service, Map.of("customerName", 12345), "customerName");
	}

	@Test
	void aPhoneIsReadByTheSameRuleAsABookingsAndKeptAsItWillBeDialled() {
		String service = fixtures.service(1);
		Instant from = Instant.now().plus(Duration.ofDays(1));

		assertRefused(service, Map.of("customerPhone", "call me maybe"), "customerPhone");
		Joined joined = join(service, from, from.plus(Duration.ofDays(1)), "Spaced Phone",
				Map.of("customerPhone", "+44 7700 900123"));

		assertThat(database.sql("select customer_phone from waitlist_entry where id = :id")
			.bind("id", joined.id())
			.map(row -> row.get(0, String.class))
			.one()
			.block()).isEqualTo("+447700900123");
	}

	@Test
	void aServiceTheCatalogDoesNotKnowIsRefusedAndNothingIsStored() {
		String unknown = "no-such-service-" + UUID.randomUUID();

		web.post()
			.uri("/api/v2/waitlist")
			.bodyValue(body(unknown, Instant.now(), Instant.now().plus(Duration.ofDays(1)), "Refused Person", Map.of()))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("INVALID_SERVICE")
			.jsonPath("$.error.field")
			.isEqualTo("serviceId");
		assertThat(database.sql("select count(*) from waitlist_entry where service_id = :service")
			.bind("service", unknown)
			.map(row -> row.get(0, Long.class))
			.one()
			.block()).isZero();
	}

	private void assertRefused(String service, Map<String, Object> more, String field) {
		web.post()
			.uri("/api/v2/waitlist")
			.bodyValue(body(service, Instant.now(), Instant.now().plus(Duration.ofDays(1)), "Refused Person", more))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("VALIDATION_FAILED")
			.jsonPath("$.error.field")
			.isEqualTo(field)
			.jsonPath("$.error.requestId")
			.exists();
		assertThat(database
			.sql("select count(*) from waitlist_entry where service_id = :service and customer_name = 'Refused Person'")
			.bind("service", service)
			.map(row -> row.get(0, Long.class))
			.one()
			.block()).isZero();
	}

	@Test
	void waitlistEntryIsPrivateToWhoJoined() {
		Joined mine = join(fixtures.service(1), Instant.now(), Instant.now().plus(Duration.ofDays(1)), "Mine Owner");
		Joined theirs = join(fixtures.service(1), Instant.now(), Instant.now().plus(Duration.ofDays(1)), "Their Owner");

		web.get()
			.uri("/api/v2/waitlist/{id}", mine.id())
			.header("X-Booking-Token", theirs.token())
			.exchange()
			.expectStatus()
			.isNotFound();
		web.delete()
			.uri("/api/v2/waitlist/{id}", mine.id())
			.header("X-Booking-Token", theirs.token())
			.exchange()
			.expectStatus()
			.isNotFound();
		assertThat(entry(mine).get("status").stringValue()).isEqualTo("WAITING");
	}

}
