package org.bookingfleet.integration.deadletter.internal.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.header.Header;
import org.bookingfleet.events.EventCodec;
import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.Topics;
import org.bookingfleet.integration.deadletter.DeadLetterArrival;
import org.bookingfleet.integration.deadletter.internal.store.DeadLetters;
import org.bookingfleet.platform.BackgroundWork;
import org.bookingfleet.platform.kafka.KafkaEvents;
import org.bookingfleet.platform.kafka.KafkaTopics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.kafka.receiver.ReceiverRecord;
import reactor.util.retry.Retry;

/**
 * Reads every dead-letter topic of the fleet ({@code <topic>.dlq}) and keeps what a
 * consumer gave up on at the desk. Each record is kept in one transaction with its place
 * on the dead-letter topic, so a redelivered record changes nothing; its offset is
 * acknowledged after that commit. A record no consumer wrote (the announcement of a dead
 * integration job) is passed over: the jobs list shows that job.
 */
@Component
class DeadLetterIntake extends BackgroundWork {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterIntake.class);

	private final KafkaEvents kafka;

	private final DeadLetters letters;

	private final TransactionalOperator transaction;

	private final Clock clock;

	private final String group;

	DeadLetterIntake(KafkaEvents kafka, DeadLetters letters, TransactionalOperator transaction, Clock clock,
			@Value("${spring.application.name}") String service) {
		super(Integer.MAX_VALUE - 200);
		this.kafka = kafka;
		this.letters = letters;
		this.transaction = transaction;
		this.clock = clock;
		this.group = service + ".dead-letters";
	}

	@Override
	protected void begin(Disposable.Composite running) {
		List<String> topics = KafkaTopics.ALL.stream().map(Topics::deadLetters).sorted().toList();
		running.add(
				this.kafka.receiver(this.group, topics, false)
					.receive()
					.concatMap(this::take)
					.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1))
						.maxBackoff(Duration.ofSeconds(10))
						.doBeforeRetry(signal -> log.warn("dead-letter intake restarts after: {}",
								signal.failure().toString())))
					.subscribe());
	}

	private Mono<Void> take(ReceiverRecord<String, byte[]> record) {
		DeadLetterArrival arrival = arrival(record);
		Mono<Void> keep = arrival.consumer().isEmpty() ? Mono.empty() : this.transaction.transactional(this.letters
			.firstSight(record.topic(), record.partition(), record.offset())
			.flatMap(first -> first ? this.letters.keep(arrival, record.value(), this.clock.instant()).thenReturn(true)
					: Mono.just(false))
			.then());
		return keep
			.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(500))
				.maxBackoff(Duration.ofSeconds(10))
				.doBeforeRetry(signal -> log.warn("could not keep dead letter {}-{}@{}, will try again: {}",
						record.topic(), record.partition(), record.offset(), signal.failure().toString())))
			.then(Mono.fromRunnable(() -> record.receiverOffset().acknowledge()));
	}

	private static DeadLetterArrival arrival(ReceiverRecord<String, byte[]> record) {
		Map<String, String> headers = new HashMap<>();
		for (Header header : record.headers()) {
			if (header.value() != null) {
				headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
			}
		}
		try {
			EventEnvelope event = EventCodec.read(record.value());
			return new DeadLetterArrival(record.topic(), headers, record.key(), event.id(), event.type());
		}
		catch (EventCodec.UnreadableEvent notAnEvent) {
			return new DeadLetterArrival(record.topic(), headers, record.key(), null, null);
		}
	}

}
