package org.bookingfleet.integration.job.internal.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import io.r2dbc.postgresql.codec.Json;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The events partners sent to our webhooks, kept once each by the partner and the event's
 * id.
 */
@Repository
public class PartnerWebhookEvents {

	private final DatabaseClient database;

	PartnerWebhookEvents(DatabaseClient database) {
		this.database = database;
	}

	/** Keeps the event; answers whether it is the first time it came. */
	public Mono<Boolean> keepFirst(String partner, String eventId, String eventType, byte[] body, Instant now) {
		return database
			.sql("insert into partner_webhook (partner, event_id, event_type, "
					+ "payload, received_at) values (:partner, :id, :type, :payload, :now) on conflict do nothing")
			.bind("partner", partner)
			.bind("id", eventId)
			.bind("type", eventType)
			.bind("payload", Json.of(new String(body, StandardCharsets.UTF_8)))
			.bind("now", now)
			.fetch()
			.rowsUpdated()
			.map(inserted -> inserted == 1);
	}

}
