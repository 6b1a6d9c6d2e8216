package org.bookingfleet.platform.outbox;

import org.bookingfleet.events.EventCodec;
import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.EventKeys;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Mono;

/**
 * Records an event in the same transaction as the state change it announces. Outside a
 * transaction it refuses: a change and its event must commit or roll back together.
 */
public class Outbox {

	private static final String INSERT = "insert into outbox_event (event_id, topic, event_key, event_type, payload)";

	private final DatabaseClient database;

	private final EventCodec codec;

	public Outbox(DatabaseClient database, EventCodec codec) {
		this.database = database;
		this.codec = codec;
	}

	/**
	 * Wraps a contract record, keyed and versioned as its contract says
	 * ({@link EventContract#key()}, {@link EventContract#aggregateVersion()}), and
	 * appends it.
	 */
	public Mono<EventEnvelope> append(Object event) {
		EventEnvelope envelope = envelopeOf(event);
		return append(envelope, EventCodec.topicOf(event.getClass())).thenReturn(envelope);
	}

	/**
	 * A state change and the event that announces it as one statement, atomic with no
	 * transaction around it (one round trip instead of BEGIN, two statements and COMMIT):
	 * {@code change} is a data-modifying statement with a {@code RETURNING} clause, the
	 * event is recorded when it returns a row, and the statement answers the change's
	 * rows. The caller binds the change's own parameters (none named {@code outbox...})
	 * on the spec.
	 */
	public DatabaseClient.GenericExecuteSpec withEvent(String change, Object event) {
		EventEnvelope envelope = envelopeOf(event);
		return this.database
			.sql("with change as (" + change + "), announced as (" + INSERT + " select :outboxId, :outboxTopic, "
					+ ":outboxKey, :outboxType, :outboxPayload where exists (select from change)) select * from change")
			.bind("outboxId", envelope.id())
			.bind("outboxTopic", EventCodec.topicOf(event.getClass()))
			.bind("outboxKey", envelope.subject())
			.bind("outboxType", envelope.type())
			.bind("outboxPayload", EventCodec.write(envelope));
	}

	private EventEnvelope envelopeOf(Object event) {
		return this.codec.envelope(event, EventKeys.keyOf(event), EventKeys.aggregateVersionOf(event));
	}

	public Mono<Void> append(EventEnvelope envelope, String topic) {
		return insert(envelope, topic, "");
	}

	/**
	 * Appends an event that may have gone out before under the same id (a dead letter
	 * sent back to its topic): a row of it already published is queued again, one not yet
	 * published is left to go out once.
	 */
	public Mono<Void> appendAgain(EventEnvelope envelope, String topic) {
		return insert(envelope, topic,
				" on conflict (event_id) do update set topic = excluded.topic, event_key = excluded.event_key, "
						+ "event_type = excluded.event_type, payload = excluded.payload, created_at = now(), "
						+ "published_at = null where outbox_event.published_at is not null");
	}

	private Mono<Void> insert(EventEnvelope envelope, String topic, String onConflict) {
		return TransactionSynchronizationManager.forCurrentTransaction()
			.filter(TransactionSynchronizationManager::isActualTransactionActive)
			.switchIfEmpty(Mono.error(() -> new IllegalStateException(
					"an outbox event must be written in the transaction of its state change")))
			.onErrorMap(org.springframework.transaction.NoTransactionException.class,
					ex -> new IllegalStateException(
							"an outbox event must be written in the transaction of its state change", ex))
			.then(this.database.sql(INSERT + " values (:id, :topic, :key, :type, :payload)" + onConflict)
				.bind("id", envelope.id())
				.bind("topic", topic)
				.bind("key", envelope.subject())
				.bind("type", envelope.type())
				.bind("payload", EventCodec.write(envelope))
				.fetch()
				.rowsUpdated())
			.then();
	}

}
