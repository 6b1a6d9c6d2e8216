package org.bookingfleet.platform.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bookingfleet.platform.EventsProperties;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.kafka.receiver.KafkaReceiver;
import reactor.kafka.receiver.ReceiverOptions;
import reactor.kafka.sender.KafkaSender;
import reactor.kafka.sender.SenderOptions;

/**
 * Our one door to reactor-kafka (no longer maintained upstream): every producer and
 * consumer of the fleet is made here, so replacing the library touches this package only.
 * Producers are idempotent with {@code acks=all}; consumers never auto-commit, offsets
 * are acknowledged after the effect has committed.
 */
public class KafkaEvents {

	private final EventsProperties properties;

	public KafkaEvents(EventsProperties properties) {
		this.properties = properties;
	}

	public EventPublisher publisher(String clientId) {
		Map<String, Object> config = new HashMap<>();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.properties.getBootstrapServers());
		config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
		// The relay sends a whole batch of rows at once and waits for it: the records
		// batch themselves while a request
		// is in flight, so lingering would only delay the one event a booking waits for.
		config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
		config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
		config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
		config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
		config.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000);
		config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		SenderOptions<String, byte[]> options = SenderOptions.<String, byte[]>create(config)
			.maxInFlight(1024)
			.stopOnError(true)
			.scheduler(blockingAllowed("kafka-sender-" + clientId));
		return new EventPublisher(KafkaSender.create(options));
	}

	/**
	 * A receiver for a consumer group. {@code fromLatest} is for per-instance listeners
	 * (live views) that do not need what happened before they started.
	 */
	public KafkaReceiver<String, byte[]> receiver(String groupId, Collection<String> topics, boolean fromLatest) {
		Map<String, Object> config = new HashMap<>();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.properties.getBootstrapServers());
		config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromLatest ? "latest" : "earliest");
		config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
		config.put(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000);
		config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		ReceiverOptions<String, byte[]> options = ReceiverOptions.<String, byte[]>create(config)
			.subscription(topics)
			.commitInterval(Duration.ofMillis(200))
			.commitBatchSize(100)
			.maxCommitAttempts(Integer.MAX_VALUE)
			// records of different keys finish out of order: commit only up to the first
			// unfinished one
			.maxDeferredCommits(2_000)
			.pollTimeout(Duration.ofMillis(100));
		return KafkaReceiver.create(options);
	}

	public String bootstrapServers() {
		return this.properties.getBootstrapServers();
	}

	/**
	 * The Kafka producer may wait for metadata: its thread must not be one that
	 * BlockHound guards.
	 */
	private static Scheduler blockingAllowed(String name) {
		return Schedulers.fromExecutorService(Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, name);
			thread.setDaemon(true);
			return thread;
		}), name);
	}

}
