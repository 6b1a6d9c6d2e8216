package org.bookingfleet.payment.billing.internal.store;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
public class StripeEvents {

	private final DatabaseClient database;

	public StripeEvents(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Stores the event id and tells whether this delivery is its first. A concurrent
	 * delivery of the same event waits for the first one's transaction and then finds the
	 * id taken.
	 */
	public Mono<Boolean> storeOnce(String eventId, String type, String paymentIntentId) {
		return database
			.sql("insert into stripe_event (event_id, event_type, payment_intent_id) values (:id, :type, :intent) "
					+ "on conflict (event_id) do nothing")
			.bind("id", eventId)
			.bind("type", type)
			.bind("intent", Parameter.fromOrEmpty(paymentIntentId, String.class))
			.fetch()
			.rowsUpdated()
			.map(inserted -> inserted == 1);
	}

}
