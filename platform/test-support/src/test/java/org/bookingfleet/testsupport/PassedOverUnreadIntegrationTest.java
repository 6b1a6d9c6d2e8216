package org.bookingfleet.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bookingfleet.events.EventCodec;
import org.bookingfleet.events.Topics;
import org.bookingfleet.platform.kafka.EventPublisher;
import org.bookingfleet.platform.kafka.OutgoingRecord;
import org.bookingfleet.testsupport.sample.EntryRecorded;
import org.bookingfleet.testsupport.sample.Ledger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A record whose header names a type no subscription of the service handles is passed
 * over without being read: even one whose body is no event at all goes to no dead-letter
 * topic, and the event after it on the same key is applied. Were it read, its body would
 * fail to decode and be dead-lettered by each of the ledger's two subscriptions.
 */
@FleetIntegrationTest
class PassedOverUnreadIntegrationTest {

	@Autowired
	EventCodec codec;

	@Autowired
	EventPublisher publisher;

	@Autowired
	Ledger ledger;

	@Test
	void aRecordOfATypeNobodyHereHandlesIsNotRead() {
		String account = "acct-" + UUID.randomUUID();
		UUID entry = UUID.randomUUID();
		OutgoingRecord notOurs = new OutgoingRecord("ledger.events", account,
				"{ not an event".getBytes(StandardCharsets.UTF_8), Map.of(OutgoingRecord.TYPE_HEADER, "EntryArchived"),
				null);
		OutgoingRecord ours = new OutgoingRecord("ledger.events", account,
				EventCodec.write(this.codec.envelope(new EntryRecorded(entry, account, "fine"), account, 1)),
				Map.of(OutgoingRecord.TYPE_HEADER, "EntryRecorded"), null);

		this.publisher.publish(List.of(notOurs, ours)).toFuture().join();

		// the projection applies one key's records in turn: the first was done with when
		// the
		// second is applied
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(applied(entry)).isEqualTo(1));
		List<ConsumerRecord<String, byte[]>> deadLetters = TopicReader.readUntil(RealKafka.bootstrapServers(),
				Topics.deadLetters("ledger.events"), records -> false, Duration.ofSeconds(3));
		assertThat(deadLetters).noneMatch(record -> account.equals(record.key()));
	}

	private long applied(UUID id) {
		return this.ledger.timesApplied(id).toFuture().join();
	}

}
