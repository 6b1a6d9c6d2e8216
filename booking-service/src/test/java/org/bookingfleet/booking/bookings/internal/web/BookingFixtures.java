package org.bookingfleet.booking.bookings.internal.web;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.bookingfleet.booking.BookingSettings;
import org.bookingfleet.booking.catalog.internal.store.CatalogServices;
import org.bookingfleet.booking.catalog.internal.store.KnownHolds;
import org.bookingfleet.booking.quote.SignedQuotes;
import org.bookingfleet.events.EventCodec;
import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.availability.SlotHeld;
import org.bookingfleet.events.catalog.ServiceSnapshot;
import org.bookingfleet.platform.kafka.EventPublisher;
import org.bookingfleet.platform.kafka.OutgoingRecord;
import org.bookingfleet.platform.security.JwtTokens;
import org.bookingfleet.platform.security.Role;
import org.bookingfleet.platform.tokens.HoldClaims;
import org.bookingfleet.platform.tokens.HoldTokens;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Sets the scene for booking tests: a catalog service, holds, signed quotes, tokens, and
 * events from other services.
 */
@Component
public class BookingFixtures {

	private static final AtomicLong PROVIDERS = new AtomicLong(1_000);

	private final CatalogServices catalog;

	private final KnownHolds holds;

	private final HoldTokens holdTokens;

	private final BookingSettings settings;

	private final JwtTokens jwt;

	private final EventCodec codec;

	private final EventPublisher publisher;

	private final DatabaseClient database;

	private final Map<UUID, String> topics = new ConcurrentHashMap<>();

	public BookingFixtures(CatalogServices catalog, KnownHolds holds, HoldTokens holdTokens, BookingSettings settings,
			JwtTokens jwt, EventCodec codec, EventPublisher publisher, DatabaseClient database) {
		this.catalog = catalog;
		this.holds = holds;
		this.holdTokens = holdTokens;
		this.settings = settings;
		this.jwt = jwt;
		this.codec = codec;
		this.publisher = publisher;
		this.database = database;
	}

	public record Slot(String serviceId, long providerId, UUID holdId, Instant start, Instant end, int seats,
			String holdToken) {
	}

	public String service(int capacity) {
		String id = "svc-" + UUID.randomUUID();
		catalog
			.remember(new ServiceSnapshot(id, "notary", "Mobile notary", "MOBILE", 60, capacity, 0, 0, 0,
					"America/Chicago", "USD", true), Instant.now())
			.block();
		return id;
	}

	public long provider() {
		return PROVIDERS.incrementAndGet();
	}

	public Slot hold(String serviceId, long providerId, Instant start, int seats) {
		UUID holdId = UUID.randomUUID();
		Instant at = start.truncatedTo(ChronoUnit.SECONDS);
		Instant expires = Instant.now().plus(Duration.ofMinutes(5));
		holds
			.remember(
					new SlotHeld(holdId, providerId, serviceId, at, at.plus(Duration.ofHours(1)), seats, expires, null))
			.block();
		String token = holdTokens
			.sign(new HoldClaims(holdId, providerId, serviceId, at, at.plus(Duration.ofHours(1)), seats, expires));
		return new Slot(serviceId, providerId, holdId, at, at.plus(Duration.ofHours(1)), seats, token);
	}

	public String service(int capacity, String type) {
		String id = "svc-" + UUID.randomUUID();
		catalog
			.remember(new ServiceSnapshot(id, "training", "First aid course", type, 360, capacity, 0, 0, 0,
					"Europe/London", "GBP", true), Instant.now())
			.block();
		return id;
	}

	/** A hold of {@code minutes} (an hourly service's chosen length), with its token. */
	public Slot hold(String serviceId, long providerId, Instant start, int seats, int minutes) {
		UUID holdId = UUID.randomUUID();
		Instant at = start.truncatedTo(ChronoUnit.SECONDS);
		Instant end = at.plus(Duration.ofMinutes(minutes));
		Instant expires = Instant.now().plus(Duration.ofMinutes(5));
		return new Slot(serviceId, providerId, holdId, at, end, seats,
				holdTokens.sign(new HoldClaims(holdId, providerId, serviceId, at, end, seats, expires)));
	}

	/**
	 * A quote with claims beyond the figures: {@code extra} is JSON members appended as
	 * pricing appends them, e.g.
	 * {@code "address":"...","customerEmail":"...","promoPerCustomerLimit":1};
	 * {@code durationMinutes} as priced.
	 */
	public String boundQuote(Slot slot, long totalCents, String promoCode, long durationMinutes, String extra) {
		String claims = SignedQuotes
			.claims("q-" + UUID.randomUUID(), slot.serviceId(), slot.start(), slot.seats(), promoCode, totalCents, 0,
					Instant.now().plus(Duration.ofMinutes(15)))
			.replace("\"durationMinutes\":60", "\"durationMinutes\":" + durationMinutes);
		return SignedQuotes.sign(settings.keys().get(0),
				claims.substring(0, claims.length() - 1) + (extra == null || extra.isEmpty() ? "" : "," + extra) + "}");
	}

	public String quote(Slot slot, long totalCents, long depositCents) {
		return SignedQuotes.sign(settings.keys().get(0),
				SignedQuotes.claims("q-" + UUID.randomUUID(), slot.serviceId(), slot.start(), slot.seats(), null,
						totalCents, depositCents, Instant.now().plus(Duration.ofMinutes(15))));
	}

	/**
	 * A fresh quote for another slot at the price the booking has now, as a reschedule to
	 * an equally priced time asks.
	 */
	public String quoteAtSamePrice(UUID bookingId, Slot slot) {
		long[] price = database.sql("select total_cents, deposit_cents from booking where id = :id")
			.bind("id", bookingId)
			.map(row -> new long[] { row.get(0, Long.class), row.get(1, Long.class) })
			.one()
			.block();
		return quote(slot, price[0], price[1]);
	}

	/**
	 * The body of a reschedule onto the slot of a new hold, with a quote for the new
	 * time.
	 */
	public Map<String, Object> move(Slot slot, String quoteToken) {
		return Map.of("holdId", slot.holdId().toString(), "holdToken", slot.holdToken(), "quoteToken", quoteToken);
	}

	public Map<String, Object> request(Slot slot, String quoteToken) {
		Map<String, Object> request = new java.util.LinkedHashMap<>(Map.of("serviceId", slot.serviceId(), "holdId",
				slot.holdId().toString(), "quoteToken", quoteToken, "customerName", "Ana García", "customerEmail",
				"ana@example.com", "customerPhone", "+15125550100", "scheduledDateTime", slot.start().toString(),
				"specialInstructions", "Gate code 1234"));
		if (slot.holdToken() != null) {
			request.put("holdToken", slot.holdToken());
		}
		return request;
	}

	public String customer(String subject) {
		return "Bearer " + jwt.mint(subject, Set.of(Role.CLIENT), null, Duration.ofHours(1));
	}

	public String provider(long providerId) {
		return "Bearer " + jwt.mint("provider-" + providerId, Set.of(Role.PROVIDER), providerId, Duration.ofHours(1));
	}

	public String admin() {
		return "Bearer " + jwt.mint("admin-1", Set.of(Role.ADMIN), null, Duration.ofHours(1));
	}

	/**
	 * Publishes an event as another service would, and returns its envelope for
	 * redelivery.
	 */
	public EventEnvelope publish(Object event, UUID subject) {
		EventEnvelope envelope = codec.envelope(event, subject.toString(), 1);
		topics.put(envelope.id(), EventCodec.topicOf(event.getClass()));
		redeliver(envelope);
		return envelope;
	}

	public void redeliver(EventEnvelope envelope) {
		publisher
			.publish(new OutgoingRecord(topics.get(envelope.id()), envelope.subject(), EventCodec.write(envelope),
					Map.of(), null))
			.block();
	}

	public long count(String sql, UUID bookingId) {
		return database.sql(sql).bind("id", bookingId).map(row -> row.get(0, Long.class)).one().block();
	}

	public UUID bookingHolding(UUID holdId) {
		return database.sql("select id from booking where hold_id = :hold")
			.bind("hold", holdId)
			.map(row -> row.get(0, UUID.class))
			.one()
			.block();
	}

	public UUID holdOf(UUID bookingId) {
		return database.sql("select hold_id from booking where id = :id")
			.bind("id", bookingId)
			.map(row -> row.get(0, UUID.class))
			.one()
			.block();
	}

	public List<String> outboxTypes(UUID bookingId) {
		return database.sql("select event_type from outbox_event where event_key = :key order by id")
			.bind("key", bookingId.toString())
			.map(row -> row.get(0, String.class))
			.all()
			.collectList()
			.block();
	}

	public void execute(String sql, UUID bookingId) {
		database.sql(sql).bind("id", bookingId).fetch().rowsUpdated().block();
	}

	/**
	 * Whether the booking service has applied (or skipped as done before) the event with
	 * this id.
	 */
	public boolean consumed(UUID eventId) {
		return consumedBy("", eventId);
	}

	/**
	 * Whether the subscription of this name (empty: any) has applied the event with this
	 * id.
	 */
	public boolean consumedBy(String subscription, UUID eventId) {
		return database
			.sql("select count(*) from consumed_event where event_id = :id and consumer like '%' || :subscription")
			.bind("id", eventId)
			.bind("subscription", subscription.isEmpty() ? "" : "." + subscription)
			.map(row -> row.get(0, Long.class))
			.one()
			.block() > 0;
	}

	/** The booking's latest outbox event of this type. */
	public <T> T lastEvent(UUID bookingId, Class<T> type) {
		return database.sql(
				"select payload from outbox_event where event_key = :key and event_type = :type order by id desc limit 1")
			.bind("key", bookingId.toString())
			.bind("type", type.getSimpleName())
			.map(row -> EventCodec.data(EventCodec.read(row.get(0, byte[].class)), type))
			.one()
			.block();
	}

	public <T> T data(EventEnvelope envelope, Class<T> type) {
		return EventCodec.data(envelope, type);
	}

}
