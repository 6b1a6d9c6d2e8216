package org.bookingfleet.platform.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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
import reactor.core.publisher.Mono;
import reactor.kafka.receiver.ReceiverRecord;
import reactor.util.retry.Retry;

/**
 * Runs every {@link EventSubscription} of a service. Records of one key (or of the order
 * a subscription declares for an event, such as its booking) are applied one after
 * another, in order; keys of a partition are spread over {@value #LANES} lanes that run
 * side by side (offsets are committed only up to the first record not yet applied, so
 * nothing is skipped). Each durable event is applied in one transaction with the record
 * of its id, so a redelivery changes nothing, and its offset is acknowledged only after
 * that transaction committed; one its subscription passes over (a type it does not
 * handle, an event it does not want or that its concern turns down) takes no transaction.
 * A handler that keeps failing is retried with backoff, then its record goes to
 * {@code <topic>.dlq} with the error and the consumer goes on. An outage of the database
 * is waited out instead: it is not the event's fault.
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

	public EventConsumers(List<EventSubscription> subscriptions, KafkaEvents kafka, EventPublisher deadLetters,
			ConsumedEvents consumed, TransactionalOperator transaction, EventsProperties.Consumer settings,
			String serviceName) {
		super(Integer.MAX_VALUE - 200);
		this.subscriptions = subscriptions;
		this.kafka = kafka;
		this.deadLetters = deadLetters;
		this.consumed = consumed;
		this.transaction = transaction;
		this.settings = settings;
		this.serviceName = serviceName;
	}

	@Override
	protected void begin(Disposable.Composite running) {
		for (EventSubscription subscription : this.subscriptions) {
			running.add(run(subscription));
		}
	}

	private Disposable run(EventSubscription subscription) {
		String group = this.serviceName + "." + subscription.name()
				+ (subscription.isPerInstance() ? "." + UUID.randomUUID() : "");
		return this.kafka.receiver(group, subscription.topics(), subscription.isPerInstance())
			.receive()
			.groupBy(record -> record.receiverOffset().topicPartition())
			.flatMap(partition -> partition.map(record -> Received.of(subscription, record))
				.groupBy(received -> lane(subscription, received))
				.flatMap(lane -> lane.concatMap(received -> handle(subscription, received)), LANES), 256)
			.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1))
				.maxBackoff(Duration.ofSeconds(10))
				.doBeforeRetry(
						signal -> log.warn("consumer {} restarts after: {}", group, signal.failure().toString())))
			.subscribe();
	}

	private Mono<Void> handle(EventSubscription subscription, Received received) {
		String consumer = this.serviceName + "." + subscription.name();
		ReceiverRecord<String, byte[]> record = received.record();
		if (received.passedOver()) {
			return Mono.fromRunnable(() -> record.receiverOffset().acknowledge());
		}
		return Mono
			.defer(() -> (received.event() != null) ? apply(subscription, consumer, received.event())
					: Mono.error(received.unreadable()))
			.retryWhen(Retry.backoff(Long.MAX_VALUE, this.settings.getInitialBackoff())
				.maxBackoff(this.settings.getMaxBackoff())
				.filter(FailureKind::isInfrastructure))
			.retryWhen(Retry.backoff(Math.max(0, this.settings.getMaxAttempts() - 1), this.settings.getInitialBackoff())
				.maxBackoff(this.settings.getMaxBackoff())
				.filter(failure -> !(failure instanceof EventCodec.UnreadableEvent)))
			.onErrorResume(failure -> deadLetter(consumer, record, unwrap(failure)))
			.then(Mono.fromRunnable(() -> record.receiverOffset().acknowledge()));
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
	 * The lane of a record: by the order its subscription declares for the event, else by
	 * its key.
	 */
	private static int lane(EventSubscription subscription, Received received) {
		String key = received.record().key();
		return laneOf((received.event() != null) ? subscription.orderOf(received.event(), key) : key);
	}

	/**
	 * The lane of what orders a record (its key, or the component its subscription names,
	 * as text): equal orders share a lane and are applied in turn.
	 */
	public static int laneOf(String order) {
		return (order == null) ? 0 : Math.floorMod(order.hashCode(), LANES);
	}

	/**
	 * A record read once: its event, or why it is none; neither when its header names a
	 * type the subscription does not handle, which is not decoded at all (most records of
	 * a topic are of types most of its subscriptions pass over).
	 */
	private record Received(ReceiverRecord<String, byte[]> record, EventEnvelope event,
			EventCodec.UnreadableEvent unreadable) {

		static Received of(EventSubscription subscription, ReceiverRecord<String, byte[]> record) {
			Header type = record.headers().lastHeader(OutgoingRecord.TYPE_HEADER);
			if (type != null && !subscription.handles(new String(type.value(), StandardCharsets.UTF_8))) {
				return new Received(record, null, null);
			}
			try {
				return new Received(record, EventCodec.read(record.value()), null);
			}
			catch (EventCodec.UnreadableEvent unreadable) {
				return new Received(record, null, unreadable);
			}
		}

		boolean passedOver() {
			return this.event == null && this.unreadable == null;
		}

	}

	private static Throwable unwrap(Throwable failure) {
		if (reactor.core.Exceptions.isRetryExhausted(failure) && failure.getCause() != null) {
			return failure.getCause();
		}
		return failure;
	}

}
