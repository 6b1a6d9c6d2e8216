package org.bookingfleet.testsupport.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bookingfleet.events.EventCodec;
import org.bookingfleet.platform.outbox.Outbox;
import org.bookingfleet.testsupport.LedgerApplication;
import org.bookingfleet.testsupport.RealInfrastructure;
import org.bookingfleet.testsupport.RealKafka;
import org.bookingfleet.testsupport.sample.EntryRecorded;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;

/**
 * Outbox relay throughput (events per second from commit to the topic) and
 * commit-to-topic latency p50/p99, on a real PostgreSQL and a real broker; and how fast
 * the idempotent consumer of the same service applies them. Each round commits events in
 * transactions of ten, at the pace the database takes them, while a consumer on the test
 * thread notes when each arrives. Prints figures; asserts nothing. Run: ./mvnw -q -pl
 * platform/test-support -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.bookingfleet.testsupport.bench.OutboxRelayBenchmark
 * [-Dexec.args="20000"]
 */
public final class OutboxRelayBenchmark {

	private OutboxRelayBenchmark() {
	}

	public static void main(String[] args) {
		int events = (args.length > 0) ? Integer.parseInt(args[0]) : 20_000;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LedgerApplication.class)
			.initializers(new RealInfrastructure())
			.run("--fleet.events.relay.poll-interval=250ms", "--logging.level.root=WARN")) {
			Outbox outbox = context.getBean(Outbox.class);
			TransactionalOperator transaction = context.getBean(TransactionalOperator.class);
			DatabaseClient database = context.getBean(DatabaseClient.class);
			for (int round = 1; round <= 3; round++) {
				long appliedBefore = applied(database);
				Instant start = Instant.now();
				measure(round, events, outbox, transaction);
				Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
				while (applied(database) < appliedBefore + events && Instant.now().isBefore(deadline)) {
					pause();
				}
				long done = applied(database) - appliedBefore;
				System.out.printf(
						"round %d: consumer applied %d events, %.0f events/s from first commit to last applied%n",
						round, done, done / (Duration.between(start, Instant.now()).toMillis() / 1000.0));
			}
		}
		System.exit(0);
	}

	private static void measure(int round, int events, Outbox outbox, TransactionalOperator transaction) {
		String run = "bench-" + UUID.randomUUID().toString().substring(0, 8);
		Map<UUID, Instant> committed = new ConcurrentHashMap<>();
		try (KafkaConsumer<String, byte[]> consumer = consumer()) {
			consumer.subscribe(List.of("ledger.events"));
			while (consumer.assignment().isEmpty()) {
				consumer.poll(Duration.ofMillis(100));
			}
			consumer.seekToEnd(consumer.assignment());
			consumer.assignment().forEach(consumer::position);
			Instant start = Instant.now();
			Flux.range(0, events / 10).flatMap(batch -> {
				List<UUID> ids = new ArrayList<>();
				return transaction.transactional(Flux.range(0, 10).concatMap(i -> {
					String account = run + "-" + ((batch * 10 + i) % 64);
					return outbox.append(new EntryRecorded(UUID.randomUUID(), account, "bench", i))
						.doOnNext(envelope -> ids.add(envelope.id()));
				}).then()).doOnSuccess(done -> {
					Instant now = Instant.now();
					ids.forEach(id -> committed.put(id, now));
				});
			}, 8).then().subscribe();

			List<Long> latencies = new ArrayList<>();
			Instant last = start;
			Instant deadline = start.plus(Duration.ofMinutes(5));
			while (latencies.size() < events && Instant.now().isBefore(deadline)) {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
					if (record.key() == null || !record.key().startsWith(run)) {
						continue;
					}
					Instant arrived = Instant.now();
					UUID id = EventCodec.read(record.value()).id();
					Instant at = committed.get(id);
					latencies.add(Duration.between((at != null) ? at : arrived, arrived).toMillis());
					last = arrived;
				}
			}
			Collections.sort(latencies);
			double seconds = Duration.between(start, last).toMillis() / 1000.0;
			System.out.printf(
					"round %d: %d events, %.0f events/s commit-to-topic, latency p50 %d ms, p99 %d ms, max %d ms%n",
					round, latencies.size(), latencies.size() / seconds, percentile(latencies, 50),
					percentile(latencies, 99), latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1));
		}
	}

	private static long applied(DatabaseClient database) {
		return database.sql("select count(*) from applied_entry")
			.map(row -> row.get(0, Long.class))
			.one()
			.toFuture()
			.join();
	}

	private static void pause() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static long percentile(List<Long> sorted, int p) {
		if (sorted.isEmpty()) {
			return 0;
		}
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}

	private static KafkaConsumer<String, byte[]> consumer() {
		return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealKafka.bootstrapServers(),
				ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"latest", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(),
				new ByteArrayDeserializer());
	}

}
