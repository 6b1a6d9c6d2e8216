package org.bookingfleet.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.ConnectionFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bookingfleet.platform.EventsProperties;
import org.bookingfleet.platform.kafka.EventPublisher;
import org.bookingfleet.platform.outbox.Outbox;
import org.bookingfleet.platform.outbox.OutboxRelay;
import org.bookingfleet.testsupport.sample.EntryRecorded;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Two instances of a service relay the same outbox at the same time (here: the
 * application's own relay and a second one on other connections): every row reaches the
 * topic once, none twice.
 */
@FleetIntegrationTest(properties = "fleet.events.relay.poll-interval=20ms")
class TwoRelaysIntegrationTest {

	static final int EVENTS = 2_000;

	@Autowired
	Outbox outbox;

	@Autowired
	DatabaseClient database;

	@Autowired
	ConnectionFactory connectionFactory;

	@Autowired
	TransactionalOperator transaction;

	@Autowired
	EventPublisher publisher;

	@Autowired
	EventsProperties properties;

	@Autowired
	OutboxRelay first;

	@Test
	void twoRelaysPublishEveryRowExactlyOnce() {
		String run = "two-" + UUID.randomUUID().toString().substring(0, 8);
		OutboxRelay second = new OutboxRelay(this.database, this.connectionFactory, this.transaction, this.publisher,
				this.properties.getRelay(), "ledger");
		second.start();
		long firstBefore = this.first.publishedCount();
		try {
			Flux.range(0, EVENTS / 20)
				.flatMap(batch -> this.transaction.transactional(Flux.range(0, 20).concatMap(i -> {
					String account = run + "-" + (i % 10);
					return this.outbox.append(new EntryRecorded(UUID.randomUUID(), account, String.valueOf(i), i));
				}).then()).then(second.drain()).then(Mono.empty()), 4)
				.then()
				.toFuture()
				.join();

			List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(RealKafka.bootstrapServers(),
					"ledger.events", read -> ofRun(read, run) >= EVENTS, Duration.ofSeconds(60));
			// a little longer, so that a duplicate would have time to arrive
			List<ConsumerRecord<String, byte[]>> settled = TopicReader.readUntil(RealKafka.bootstrapServers(),
					"ledger.events", read -> false, Duration.ofSeconds(3));

			assertThat(ofRun(records, run)).isEqualTo(EVENTS);
			assertThat(ofRun(settled, run)).isEqualTo(EVENTS);
			// between them the two relays published each row once
			assertThat(this.first.publishedCount() - firstBefore + second.publishedCount()).isEqualTo(EVENTS);
		}
		finally {
			second.stop();
		}
	}

	private static long ofRun(List<ConsumerRecord<String, byte[]>> records, String run) {
		return records.stream().filter(r -> r.key() != null && r.key().startsWith(run)).count();
	}

}
