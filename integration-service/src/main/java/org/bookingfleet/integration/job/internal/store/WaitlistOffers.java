package org.bookingfleet.integration.job.internal.store;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.r2dbc.spi.Readable;
import org.bookingfleet.integration.booking.Channel;
import org.bookingfleet.integration.message.Language;
import org.bookingfleet.integration.waitlist.WaitlistOffer;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
public class WaitlistOffers {

	private final DatabaseClient database;

	public WaitlistOffers(DatabaseClient database) {
		this.database = database;
	}

	/** Keeps an offer seen for the first time; answers false for one already kept. */
	public Mono<Boolean> add(WaitlistOffer offer, Instant now) {
		DatabaseClient.GenericExecuteSpec insert = database.sql("insert into waitlist_offer (offer_id, entry_id, "
				+ "service_name, provider_name, time_zone, starts_at, ends_at, seats, expires_at, customer_name, "
				+ "customer_email, customer_phone, language, channels, received_at) values (:offer, :entry, :service, "
				+ ":provider, :zone, :start, :ends, :seats, :expires, :name, :email, :phone, :language, "
				+ ":channels, :now) " + "on conflict (offer_id) do nothing")
			.bind("offer", offer.offerId())
			.bind("entry", offer.entryId())
			.bind("service", offer.serviceName())
			.bind("provider", offer.providerName())
			.bind("zone", offer.zone().getId())
			.bind("start", offer.start())
			.bind("ends", offer.end())
			.bind("seats", offer.seats())
			.bind("expires", offer.expiresAt())
			.bind("name", offer.customerName())
			.bind("now", now);
		insert = offer.customerEmail().isPresent() ? insert.bind("email", offer.customerEmail().get())
				: insert.bindNull("email", String.class);
		insert = offer.customerPhone().isPresent() ? insert.bind("phone", offer.customerPhone().get())
				: insert.bindNull("phone", String.class);
		insert = offer.language().isPresent() ? insert.bind("language", offer.language().get().tag())
				: insert.bindNull("language", String.class);
		insert = offer.channels().isEmpty() ? insert.bindNull("channels", String.class) : insert.bind("channels",
				offer.channels().stream().map(Channel::name).sorted().collect(Collectors.joining(",")));
		return insert.fetch().rowsUpdated().map(inserted -> inserted == 1);
	}

	public Mono<WaitlistOffer> find(UUID offerId) {
		return database.sql("select * from waitlist_offer where offer_id = :offer")
			.bind("offer", offerId)
			.map(WaitlistOffers::offer)
			.one();
	}

	private static WaitlistOffer offer(Readable row) {
		return new WaitlistOffer(row.get("offer_id", UUID.class), row.get("entry_id", UUID.class),
				row.get("service_name", String.class), row.get("provider_name", String.class),
				ZoneId.of(row.get("time_zone", String.class)), row.get("starts_at", Instant.class),
				row.get("ends_at", Instant.class), row.get("seats", Integer.class),
				row.get("expires_at", Instant.class), row.get("customer_name", String.class),
				Optional.ofNullable(row.get("customer_email", String.class)),
				Optional.ofNullable(row.get("customer_phone", String.class)),
				Optional.ofNullable(row.get("language", String.class)).map(Language::of),
				channels(row.get("channels", String.class)));
	}

	private static Set<Channel> channels(String names) {
		if (names == null || names.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(names.split(",")).map(Channel::valueOf).collect(Collectors.toSet());
	}

}
