package org.bookingfleet.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bookingfleet.events.EventCodec;
import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.platform.outbox.Outbox;
import org.bookingfleet.testsupport.sample.EntryRecorded;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;

/**
 * The broker is killed twice while 10,000 events are written; when it is back, every
 * event is on the topic and the events of each key are in the order they were written.
 */
@Tag("slow")
@FleetIntegrationTest(properties = "fleet.events.relay.poll-interval=50ms")
class OutboxRelayOutageIntegrationTest {

	static final KafkaBrokerProcess broker = KafkaBrokerProcess.format().start();

	static {
		System.setProperty("fleet.test.kafka", broker.bootstrapServers());
	}

	static final int EVENTS = 10_000;

	static final int KEYS = 50;

	@Autowired
	Outbox outbox;

	@Autowired
	DatabaseClient database;

	@Autowired
	TransactionalOperator transaction;

	@AfterAll
	static void stopBroker() {
		System.clearProperty("fleet.test.kafka");
		broker.close();
	}

	@Test
	void everyEventWrittenAcrossTwoBrokerOutagesArrivesInOrderPerKey() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		int sequence = 0;
		for (int outage = 0; outage < 2; outage++) {
			sequence = write(run, sequence, EVENTS / 5);
			broker.kill();
			sequence = write(run, sequence, EVENTS / 5);
			broker.start();
		}
		sequence = write(run, sequence, EVENTS - sequence);
		assertThat(sequence).isEqualTo(EVENTS);

		List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(broker.bootstrapServers(), "ledger.events",
				read -> distinctOfRun(read, run).size() >= EVENTS, Duration.ofMinutes(3));

		assertThat(distinctOfRun(records, run)).hasSize(EVENTS);
		Map<String, List<Integer>> firstSeenOrder = new HashMap<>();
		Set<UUID> seen = new HashSet<>();
		for (ConsumerRecord<String, byte[]> record : records) {
			EventEnvelope event = EventCodec.read(record.value());
			EntryRecorded entry = EventCodec.data(event, EntryRecorded.class);
			if (entry.account().startsWith(run) && seen.add(event.id())) {
				firstSeenOrder.computeIfAbsent(record.key(), k -> new ArrayList<>())
					.add(Integer.parseInt(entry.note()));
			}
		}
		assertThat(firstSeenOrder).hasSize(KEYS);
		firstSeenOrder.values().forEach(order -> assertThat(order).isSorted());
	}

	/**
	 * Writes {@code count} events, 100 to a transaction, keys round-robin; returns the
	 * next sequence number.
	 */
	private int write(String run, int from, int count) {
		int batches = (count + 99) / 100;
		Flux.range(0, batches).concatMap(batch -> {
			int start = from + batch * 100;
			int end = Math.min(from + count, start + 100);
			return this.transaction.transactional(Flux.range(start, end - start).concatMap(seq -> {
				String account = run + "-" + (seq % KEYS);
				return this.outbox.append(new EntryRecorded(UUID.randomUUID(), account, String.valueOf(seq), seq));
			}).then());
		}).then().toFuture().join();
		return from + count;
	}

	private static Set<UUID> distinctOfRun(List<ConsumerRecord<String, byte[]>> records, String run) {
		Set<UUID> ids = new HashSet<>();
		for (ConsumerRecord<String, byte[]> record : records) {
			if (record.key() != null && record.key().startsWith(run)) {
				ids.add(EventCodec.read(record.value()).id());
			}
		}
		return ids;
	}

}
