package org.bookingfleet.booking.waitlist.internal.store;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.r2dbc.spi.Readable;
import org.bookingfleet.booking.waitlist.NoticePreferences;
import org.bookingfleet.booking.waitlist.OfferStatus;
import org.bookingfleet.booking.waitlist.ReleasedSlot;
import org.bookingfleet.booking.waitlist.WaitlistEntry;
import org.bookingfleet.booking.waitlist.WaitlistOffer;
import org.bookingfleet.booking.waitlist.WaitlistStatus;
import org.bookingfleet.platform.WholeResult;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
public class Waitlists {

	private final DatabaseClient database;

	public Waitlists(DatabaseClient database) {
		this.database = database;
	}

	public Mono<Void> join(WaitlistEntry entry, Contact contact, NoticePreferences preferences) {
		var spec = database
			.sql("""
					insert into waitlist_entry (id, service_id, provider_id, window_start, window_end, seats, customer_id,
					    access_token_digest, customer_name, customer_email, customer_phone, joined_at, status, language,
					    channels, time_zone)
					values (:id, :service, :provider, :from, :to, :seats, :customer, :digest, :name, :email, :phone, :joined,
					    :status, :language, :channels, :zone)
					""")
			.bind("id", UUID.fromString(entry.id()))
			.bind("service", entry.serviceId())
			.bind("from", entry.windowStart())
			.bind("to", entry.windowEnd())
			.bind("seats", entry.seats())
			.bind("digest", contact.accessTokenDigest())
			.bind("name", contact.name())
			.bind("email", contact.email())
			.bind("phone", contact.phone())
			.bind("joined", entry.joinedAt())
			.bind("status", entry.status().name())
			.bind("language", preferences.language())
			.bind("channels", String.join(",", preferences.channels()));
		spec = entry.providerId() == null ? spec.bindNull("provider", Long.class)
				: spec.bind("provider", Long.valueOf(entry.providerId()));
		spec = contact.customerId() == null ? spec.bindNull("customer", String.class)
				: spec.bind("customer", contact.customerId());
		spec = preferences.timeZone() == null ? spec.bindNull("zone", String.class)
				: spec.bind("zone", preferences.timeZone());
		return spec.fetch().rowsUpdated().then();
	}

	public Mono<Stored> find(UUID id) {
		return database.sql("select * from waitlist_entry where id = :id").bind("id", id).map(Waitlists::read).one();
	}

	/**
	 * The entry, locked until the transaction ends, so that its offers and status change
	 * one at a time.
	 */
	public Mono<Stored> lock(UUID id) {
		return database.sql("select * from waitlist_entry where id = :id for update")
			.bind("id", id)
			.map(Waitlists::read)
			.one();
	}

	/**
	 * Waiting entries for the slot's service, locked so two releases cannot offer the
	 * same entry twice.
	 */
	public Flux<WaitlistEntry> waitingFor(ReleasedSlot slot) {
		return database.sql("""
				select * from waitlist_entry where service_id = :service and status = 'WAITING'
				    and (provider_id is null or provider_id = :provider)
				order by joined_at, id for update
				""")
			.bind("service", slot.serviceId())
			.bind("provider", Long.parseLong(slot.providerId()))
			.map(row -> read(row).entry())
			.all();
	}

	/**
	 * Whether a released slot can matter to the line: its hold was an open offer's, or
	 * someone waits for its service (with this provider or any).
	 */
	public Mono<Boolean> mayMatter(UUID reservationId, ReleasedSlot slot) {
		return database.sql("""
				select exists (select 1 from waitlist_offer where id = :reservation and status = 'OPEN')
				    or exists (select 1 from waitlist_entry where service_id = :service and status = 'WAITING'
				        and (provider_id is null or provider_id = :provider)) as matters
				""")
			.bind("reservation", reservationId)
			.bind("service", slot.serviceId())
			.bind("provider", Long.parseLong(slot.providerId()))
			.map(row -> row.get("matters", Boolean.class))
			.one();
	}

	/**
	 * Entries that had their turn at the slot; an offer whose hold could not be placed
	 * was no turn.
	 */
	public Mono<Set<String>> offeredTheSlot(ReleasedSlot slot) {
		return database
			.sql("""
					select entry_id from waitlist_offer where provider_id = :provider and starts_at = :start and status <> 'TAKEN'
					""")
			.bind("provider", Long.parseLong(slot.providerId()))
			.bind("start", slot.start())
			.map(row -> row.get("entry_id", UUID.class).toString())
			.all()
			.collect(Collectors.toSet());
	}

	public Mono<Boolean> onOffer(ReleasedSlot slot) {
		return database.sql(
				"select count(*) from waitlist_offer where provider_id = :provider and starts_at = :start and status = 'OPEN'")
			.bind("provider", Long.parseLong(slot.providerId()))
			.bind("start", slot.start())
			.map(row -> row.get(0, Long.class))
			.one()
			.map(open -> open > 0);
	}

	public Mono<Void> setStatus(UUID entryId, WaitlistStatus status) {
		return database.sql("update waitlist_entry set status = :status where id = :id")
			.bind("status", status.name())
			.bind("id", entryId)
			.fetch()
			.rowsUpdated()
			.then();
	}

	/**
	 * Records the offer; false when the slot is already on open offer to someone (a
	 * concurrent release won).
	 */
	public Mono<Boolean> offer(UUID offerId, WaitlistOffer offer) {
		ReleasedSlot slot = offer.slot();
		return database
			.sql("""
					insert into waitlist_offer (id, entry_id, service_id, provider_id, starts_at, ends_at, seats, expires_at, status)
					values (:id, :entry, :service, :provider, :start, :end, :seats, :expires, 'OPEN')
					on conflict do nothing
					""")
			.bind("id", offerId)
			.bind("entry", UUID.fromString(offer.entryId()))
			.bind("service", slot.serviceId())
			.bind("provider", Long.parseLong(slot.providerId()))
			.bind("start", slot.start())
			.bind("end", slot.end())
			.bind("seats", slot.seats())
			.bind("expires", offer.expiresAt())
			.fetch()
			.rowsUpdated()
			.map(inserted -> inserted > 0);
	}

	/**
	 * Open offers past their expiry, locked for this sweep; each comes back as the slot
	 * it offered.
	 */
	public Flux<Offer> lapsedOffers(Instant now, int limit) {
		return database.sql("""
				select * from waitlist_offer where status = 'OPEN' and expires_at <= :now
				order by expires_at limit :limit for update skip locked
				""").bind("now", now).bind("limit", limit).map(Waitlists::readOffer).all().as(WholeResult::of);
	}

	public Mono<Offer> findOffer(UUID offerId) {
		return database.sql("select * from waitlist_offer where id = :id")
			.bind("id", offerId)
			.map(Waitlists::readOffer)
			.one();
	}

	public Mono<Offer> openOfferOf(UUID entryId) {
		return database.sql("select * from waitlist_offer where entry_id = :entry and status = 'OPEN'")
			.bind("entry", entryId)
			.map(Waitlists::readOffer)
			.one();
	}

	/** Closes the offer if it is still open; empty if it was closed already. */
	public Mono<Offer> closeOpenOffer(UUID offerId, OfferStatus status) {
		return database.sql("update waitlist_offer set status = :status where id = :id and status = 'OPEN' returning *")
			.bind("status", status.name())
			.bind("id", offerId)
			.map(Waitlists::readOffer)
			.one();
	}

	/** Whether the hold is an offer's that is not booked yet. */
	public Mono<Boolean> isOfferToBook(UUID holdId) {
		return database
			.sql("select exists (select 1 from waitlist_offer where id = :id and status <> 'BOOKED') as to_book")
			.bind("id", holdId)
			.map(row -> row.get("to_book", Boolean.class))
			.one();
	}

	/**
	 * The offer's hold was booked: whatever it was, it is BOOKED now; empty if it was
	 * already.
	 */
	public Mono<Offer> booked(UUID offerId) {
		return database
			.sql("update waitlist_offer set status = 'BOOKED' where id = :id and status <> 'BOOKED' returning *")
			.bind("id", offerId)
			.map(Waitlists::readOffer)
			.one();
	}

	public Flux<Offer> offersOf(UUID entryId) {
		return database.sql("select * from waitlist_offer where entry_id = :id order by expires_at")
			.bind("id", entryId)
			.map(Waitlists::readOffer)
			.all();
	}

	public record Contact(String customerId, String accessTokenDigest, String name, String email, String phone) {
	}

	public record Stored(WaitlistEntry entry, Contact contact, NoticePreferences preferences) {
	}

	/**
	 * An offer as stored; its id is also the id of the hold the availability service
	 * places for it.
	 */
	public record Offer(UUID id, UUID entryId, ReleasedSlot slot, Instant expiresAt, OfferStatus status) {
	}

	private static Offer readOffer(Readable row) {
		return new Offer(row.get("id", UUID.class), row.get("entry_id", UUID.class),
				new ReleasedSlot(row.get("service_id", String.class),
						String.valueOf(row.get("provider_id", Long.class)), row.get("starts_at", Instant.class),
						row.get("ends_at", Instant.class), row.get("seats", Integer.class)),
				row.get("expires_at", Instant.class), OfferStatus.valueOf(row.get("status", String.class)));
	}

	private static Stored read(Readable row) {
		Long provider = row.get("provider_id", Long.class);
		WaitlistEntry entry = new WaitlistEntry(row.get("id", UUID.class).toString(),
				row.get("service_id", String.class), provider == null ? null : String.valueOf(provider),
				row.get("window_start", Instant.class), row.get("window_end", Instant.class),
				row.get("seats", Integer.class), row.get("joined_at", Instant.class),
				WaitlistStatus.valueOf(row.get("status", String.class)));
		String language = row.get("language", String.class);
		String channels = row.get("channels", String.class);
		NoticePreferences preferences = new NoticePreferences(
				language == null ? NoticePreferences.DEFAULT_LANGUAGE : language, channels == null || channels.isBlank()
						? NoticePreferences.DEFAULT_CHANNELS : List.of(channels.split(",")),
				row.get("time_zone", String.class));
		return new Stored(entry,
				new Contact(row.get("customer_id", String.class), row.get("access_token_digest", String.class),
						row.get("customer_name", String.class), row.get("customer_email", String.class),
						row.get("customer_phone", String.class)),
				preferences);
	}

}
