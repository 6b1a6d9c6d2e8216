package org.bookingfleet.platform.outbox;

import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.r2dbc.spi.ConnectionFactory;
import org.bookingfleet.platform.EventsProperties;
import org.bookingfleet.platform.PeriodicWork;
import org.bookingfleet.platform.PostgresNotifications;
import org.bookingfleet.platform.kafka.EventPublisher;
import org.bookingfleet.platform.kafka.OutgoingRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Publishes outbox rows to Kafka in id order and marks them published. One batch is one
 * transaction of one statement ({@link #CLAIM_BATCH}) and its commit: the statement takes
 * a transaction-scoped advisory lock, so among several instances of a service only one
 * relays at a time and no row is published twice on purpose, and marks the next rows
 * published, returning them; they are sent before the commit, so the marks hold only once
 * Kafka has the rows. The order per key is the order of commit. While the broker is away
 * a batch fails and rolls back, and the relay tries again until it is back. It wakes on a
 * PostgreSQL notification from the outbox trigger and, failing that, on a poll.
 */
public class OutboxRelay extends PeriodicWork {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	/**
	 * The lock, then the next unpublished rows marked published. The lock is a one-time
	 * condition of the rows' scan, taken before it: a relay that does not get it claims
	 * nothing and reads no row. The outer {@code published_at is null} matters: the
	 * statement's snapshot is taken before the lock, so rows another instance published
	 * and committed in between still look unpublished to the inner scan; PostgreSQL
	 * checks the outer condition again on the committed row and passes it over. (It was
	 * three round trips, the lock, a select and an update.)
	 */
	static final String CLAIM_BATCH = "update outbox_event set published_at = now() "
			+ "where published_at is null and id = any(array(select id from outbox_event "
			+ "where (select pg_try_advisory_xact_lock(:key)) and published_at is null order by id limit :limit)) "
			+ "returning id, topic, event_key, event_type, event_id, payload";

	private final DatabaseClient database;

	private final ConnectionFactory connectionFactory;

	private final TransactionalOperator transaction;

	private final EventPublisher publisher;

	private final EventsProperties.Relay settings;

	private final long lockKey;

	private final AtomicLong published = new AtomicLong();

	public OutboxRelay(DatabaseClient database, ConnectionFactory connectionFactory, TransactionalOperator transaction,
			EventPublisher publisher, EventsProperties.Relay settings, String serviceName) {
		super("outbox relay", settings.getPollInterval(), Integer.MAX_VALUE - 100);
		this.database = database;
		this.connectionFactory = connectionFactory;
		this.transaction = transaction;
		this.publisher = publisher;
		this.settings = settings;
		this.lockKey = ("outbox-relay:" + serviceName).hashCode();
	}

	@Override
	protected void begin(Disposable.Composite running) {
		super.begin(running);
		running.add(Flux.interval(Duration.ofMinutes(10))
			.onBackpressureDrop()
			.concatMap(tick -> purgePublished().onErrorResume(ex -> Mono.empty()), 1)
			.subscribe());
	}

	/**
	 * The outbox trigger's notification: a row committed during a drain is published
	 * right after it, not at the next poll. Each time the relay begins to listen it
	 * drains too, for the rows committed before it heard (at start, the rows an earlier
	 * run left).
	 */
	@Override
	protected Flux<String> wakeUps() {
		return PostgresNotifications.listen(this.connectionFactory, "outbox_event");
	}

	@Override
	protected Mono<Long> runOnce() {
		return drain().onErrorResume(this::logAndWait);
	}

	/** Publishes every row there is, batch after batch; the number published. */
	public Mono<Long> drain() {
		return relayBatch().expand(count -> (count == this.settings.getBatchSize()) ? relayBatch() : Mono.empty())
			.reduce(0L, Long::sum);
	}

	/** Rows published since start. */
	public long publishedCount() {
		return this.published.get();
	}

	private Mono<Long> relayBatch() {
		Mono<Long> batch = this.database.sql(CLAIM_BATCH)
			.bind("key", this.lockKey)
			.bind("limit", this.settings.getBatchSize())
			.map(row -> new OutgoingRecord(row.get("topic", String.class), row.get("event_key", String.class),
					row.get("payload", byte[].class),
					Map.of(OutgoingRecord.TYPE_HEADER, row.get("event_type", String.class), OutgoingRecord.ID_HEADER,
							String.valueOf(row.get("event_id", java.util.UUID.class))),
					row.get("id", Long.class)))
			.all()
			// an update returns its rows in no promised order
			.collectSortedList(Comparator.comparing(row -> (Long) row.correlation()))
			.flatMap(rows -> rows.isEmpty() ? Mono.just(0L)
					: this.publisher.publish(rows).thenReturn((long) rows.size()))
			.doOnNext(this.published::addAndGet);
		return this.transaction.transactional(batch);
	}

	private Mono<Long> purgePublished() {
		return this.database.sql("delete from outbox_event where published_at < now() - make_interval(secs => :secs)")
			.bind("secs", (double) this.settings.getRetention().toSeconds())
			.fetch()
			.rowsUpdated();
	}

	private Mono<Long> logAndWait(Throwable failure) {
		log.warn("outbox relay could not publish, will try again: {}", failure.toString());
		return Mono.delay(Duration.ofSeconds(1)).thenReturn(0L);
	}

}
