package org.bookingfleet.platform.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.bookingfleet.events.EventCodec;
import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.Topics;
import org.bookingfleet.platform.BackgroundWork;
import org.bookingfleet.platform.EventsProperties;
import org.bookingfleet.platform.kafka.EventPublisher;
import org.bookingfleet.platform.kafka.KafkaEvents;
import org.bookingfleet.platform.kafka.OutgoingRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.kafka.receiver.ReceiverRecord;
import reactor.util.retry.Retry;

/**
 * Runs every {@link EventSubscription} of a service. The durable subscriptions share one
 * consumer group, named after the service, that reads the topics of them all once: each
 * record goes to every subscription of its topic, and its offset is acknowledged when all
 * of them have applied it or passed it over. One consumer instead of one per subscription
 * is one fetch per record and service instead of one per subscription, and one stream of
 * offset commits (the broker's and the services' CPU per booking fell with it). A
 * per-instance subscription keeps a group of its own, read from the latest offset. The
 * first time the service's group starts, it takes over where the groups it replaces (one
 * per durable subscription, before) had got to: {@link ReplacedGroups}.
 * <p>
 * For each subscription, records of one key (or of the order it declares for an event,
 * such as its booking) are applied one after another, in order; keys of a partition are
 * spread over {@value #LANES} lanes per subscription that run side by side (offsets are
 * committed only up to the first record not yet applied, so nothing is skipped). A
 * subscription stuck on a record holds back the group's commits, not the other
 * subscriptions' lanes, until the consumer's deferred commits run out. Each durable event
 * is applied in one transaction with the record of its id, so a redelivery changes
 * nothing, and its offset is acknowledged only after that transaction committed; one its
 * subscription passes over (a type it does not handle, an event it does not want or that
 * its concern turns down) takes no transaction. A handler that keeps failing is retried
 * with backoff, then its record goes to {@code <topic>.dlq} with the error and the
 * consumer goes on. An outage of the database is waited out instead: it is not the
 * event's fault.
 */
public class EventConsumers extends BackgroundWork {

	private static final Logger log = LoggerFactory.getLogger(EventConsumers.class);

	/**
	 * Lanes per partition: records of different keys that may be applied at the same
	 * time.
	 */
	static final int LANES = 8;

	private final List<EventSubscription> subscriptions;

	private final KafkaEvents kafka;

	private final EventPublisher deadLetters;

	private final ConsumedEvents consumed;

	private final TransactionalOperator transaction;

	private final EventsProperties.Consumer settings;

	private final String serviceName;

	private final Admin admin;

	public EventConsumers(List<EventSubscription> subscriptions, KafkaEvents kafka, EventPublisher deadLetters,
			ConsumedEvents consumed, TransactionalOperator transaction, EventsProperties.Consumer settings,
			String serviceName, Admin admin) {
		super(Integer.MAX_VALUE - 200);
		this.subscriptions = subscriptions;
		this.kafka = kafka;
		this.deadLetters = deadLetters;
		this.consumed = consumed;
		this.transaction = transaction;
		this.settings = settings;
		this.serviceName = serviceName;
		this.admin = admin;
	}

	@Override
	protected void begin(Disposable.Composite running) {
		List<EventSubscription> durable = this.subscriptions.stream()
			.filter(subscription -> !subscription.isPerInstance())
			.toList();
		if (!durable.isEmpty()) {
			running.add(run(this.serviceName, durable, false));
		}
		for (EventSubscription subscription : this.subscriptions) {
			if (subscription.isPerInstance()) {
				running.add(run(consumerOf(subscription) + "." + UUID.randomUUID(), List.of(subscription), true));
			}
		}
	}

	private Disposable run(String group, List<EventSubscription> subscriptions, boolean fromLatest) {
		Set<String> topics = subscriptions.stream()
			.flatMap(subscription -> subscription.topics().stream())
			.collect(Collectors.toSet());
		Flux<ReceiverRecord<String, byte[]>> records = this.kafka.receiver(group, topics, fromLatest).receive();
		return (fromLatest ? records : carryOver(group, subscriptions).thenMany(records))
			.groupBy(record -> record.receiverOffset().topicPartition())
			.flatMap(partition -> partition.concatMapIterable(record -> Delivery.of(subscriptions, record))
				.groupBy(Delivery::lane)
				.flatMap(lane -> lane.concatMap(this::handle), LANES * subscriptions.size()), 256)
			.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1))
				.maxBackoff(Duration.ofSeconds(10))
				.doBeforeRetry(
						signal -> log.warn("consumer {} restarts after: {}", group, signal.failure().toString())))
			.subscribe();
	}

	/**
	 * The offsets of the groups the service's group replaces, one per durable
	 * subscription and named as its consumer, given to it before its first read
	 * ({@link ReplacedGroups}).
	 */
	private Mono<?> carryOver(String group, List<EventSubscription> subscriptions) {
		Map<String, Set<String>> replaced = subscriptions.stream()
			.collect(Collectors.groupingBy(this::consumerOf,
					Collectors.flatMapping(subscription -> subscription.topics().stream(), Collectors.toSet())));
		return ReplacedGroups.carryOver(this.admin, group, replaced);
	}

	private Mono<Void> handle(Delivery delivery) {
		EventSubscription subscription = delivery.subscription();
		String consumer = consumerOf(subscription);
		Received received = delivery.received();
		return Mono
			.defer(() -> (received.event() != null) ? apply(subscription, consumer, received.event())
					: Mono.error(received.unreadable()))
			.retryWhen(Retry.backoff(Long.MAX_VALUE, this.settings.getInitialBackoff())
				.maxBackoff(this.settings.getMaxBackoff())
				.filter(FailureKind::isInfrastructure))
			.retryWhen(Retry.backoff(Math.max(0, this.settings.getMaxAttempts() - 1), this.settings.getInitialBackoff())
				.maxBackoff(this.settings.getMaxBackoff())
				.filter(failure -> !(failure instanceof EventCodec.UnreadableEvent)))
			.onErrorResume(failure -> deadLetter(consumer, received.record(), unwrap(failure)))
			.then(Mono.fromRunnable(delivery::done));
	}

	/**
	 * {@code <service>.<subscription>}: the subscription's name in the events it consumed
	 * and in its dead letters, and its own group's before one group per service.
	 */
	private String consumerOf(EventSubscription subscription) {
		return this.serviceName + "." + subscription.name();
	}

	private Mono<Void> apply(EventSubscription subscription, String consumer, EventEnvelope event) {
		Optional<EventSubscription.Application> application = subscription.application(event);
		if (application.isEmpty()) {
			return Mono.empty();
		}
		Mono<Void> effect = application.get().effect();
		Mono<Void> applied = subscription.isPerInstance() ? effect
				: this.transaction.transactional(this.consumed.firstTime(consumer, event)
					.flatMap(first -> first ? effect.thenReturn(true) : Mono.just(false))
					.then());
		return application.get().concerned().flatMap(concerned -> concerned ? applied : Mono.empty());
	}

	private Mono<Void> deadLetter(String consumer, ConsumerRecord<String, byte[]> record, Throwable failure) {
		log.error("consumer {} gives up on {}-{}@{}; to the dead letters", consumer, record.topic(), record.partition(),
				record.offset(), failure);
		Map<String, String> headers = Map.of("dlq.consumer", consumer, "dlq.error.class", failure.getClass().getName(),
				"dlq.error.message", String.valueOf(failure.getMessage()), "dlq.original.topic", record.topic(),
				"dlq.original.partition", String.valueOf(record.partition()), "dlq.original.offset",
				String.valueOf(record.offset()));
		String key = (record.key() != null) ? record.key() : "";
		return this.deadLetters
			.publish(new OutgoingRecord(Topics.deadLetters(record.topic()), key, record.value(), headers, null))
			.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(500)).maxBackoff(Duration.ofSeconds(10)));
	}

	/**
	 * The lane of what orders a record (its key, or the component its subscription names,
	 * as text): equal orders share a lane and are applied in turn.
	 */
	public static int laneOf(String order) {
		return (order == null) ? 0 : Math.floorMod(order.hashCode(), LANES);
	}

	/**
	 * A record read once for all the subscriptions of its group: its event, or why it is
	 * none; neither when its header names a type none of them handles, which is not
	 * decoded at all (most records of a topic are of types most subscriptions pass over).
	 */
	private record Received(ReceiverRecord<String, byte[]> record, String type, EventEnvelope event,
			EventCodec.UnreadableEvent unreadable) {

		static Received of(List<EventSubscription> subscriptions, ReceiverRecord<String, byte[]> record) {
			Header header = record.headers().lastHeader(OutgoingRecord.TYPE_HEADER);
			String type = (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
			if (type != null && subscriptions.stream().noneMatch(subscription -> subscription.handles(type))) {
				return new Received(record, type, null, null);
			}
			try {
				return new Received(record, type, EventCodec.read(record.value()), null);
			}
			catch (EventCodec.UnreadableEvent unreadable) {
				return new Received(record, type, null, unreadable);
			}
		}

		/**
		 * Whether the subscription takes the record up: it follows the record's topic and
		 * handles its type (a record that names no type is read by each).
		 */
		boolean isFor(EventSubscription subscription) {
			return subscription.follows(this.record.topic()) && (this.type == null || subscription.handles(this.type));
		}

	}

	/**
	 * A record given to one subscription, in the lane of its order within that
	 * subscription; the record's offset is acknowledged when the last of its deliveries
	 * is done (at once when no subscription takes it up).
	 */
	private record Delivery(EventSubscription subscription, int lane, Received received, AtomicInteger pending) {

		static List<Delivery> of(List<EventSubscription> subscriptions, ReceiverRecord<String, byte[]> record) {
			Received received = Received.of(subscriptions, record);
			AtomicInteger pending = new AtomicInteger();
			List<Delivery> deliveries = new ArrayList<>();
			for (int index = 0; index < subscriptions.size(); index++) {
				EventSubscription subscription = subscriptions.get(index);
				if (received.isFor(subscription)) {
					String key = record.key();
					String order = (received.event() != null) ? subscription.orderOf(received.event(), key) : key;
					deliveries.add(new Delivery(subscription, index * LANES + laneOf(order), received, pending));
				}
			}
			if (deliveries.isEmpty()) {
				record.receiverOffset().acknowledge();
			}
			pending.set(deliveries.size());
			return deliveries;
		}

		void done() {
			if (this.pending.decrementAndGet() == 0) {
				this.received.record().receiverOffset().acknowledge();
			}
		}

	}

	private static Throwable unwrap(Throwable failure) {
		if (reactor.core.Exceptions.isRetryExhausted(failure) && failure.getCause() != null) {
			return failure.getCause();
		}
		return failure;
	}

}
