package org.bookingfleet.platform.consumer;

import org.bookingfleet.events.EventEnvelope;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * The ids of the events a consumer has applied; recording one is how a consumer claims
 * it, once.
 */
public class ConsumedEvents {

	private final DatabaseClient database;

	public ConsumedEvents(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * True when this is the first time; must run in the transaction of the event's
	 * effect.
	 */
	public Mono<Boolean> firstTime(String consumer, EventEnvelope event) {
		return this.database
			.sql("insert into consumed_event (consumer, event_id, event_type) values (:consumer, :id, :type) "
					+ "on conflict do nothing")
			.bind("consumer", consumer)
			.bind("id", event.id())
			.bind("type", event.type())
			.fetch()
			.rowsUpdated()
			.map(rows -> rows == 1);
	}

}
