package org.bookingfleet.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bookingfleet.events.EventCodec;
import org.bookingfleet.platform.consumer.EventConsumers;
import org.bookingfleet.platform.kafka.EventPublisher;
import org.bookingfleet.platform.kafka.OutgoingRecord;
import org.bookingfleet.testsupport.sample.EntryGate;
import org.bookingfleet.testsupport.sample.EntryRecorded;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A subscription that orders an event by what it concerns (here the entry, as the booking
 * saga orders availability's answers by booking) applies two events of one record key
 * side by side: the first waits until the second was applied, which records in the key's
 * order could never do.
 */
@FleetIntegrationTest
class OrderedByEventIntegrationTest {

	@Autowired
	EventCodec codec;

	@Autowired
	EventPublisher publisher;

	@Autowired
	EntryGate gate;

	@Test
	void eventsOfOneKeyThatConcernDifferentEntriesAreAppliedSideBySide() {
		String account = "acct-" + UUID.randomUUID();
		UUID waits = UUID.randomUUID();
		UUID opens = inAnotherLaneThan(waits);

		this.publisher.publish(List.of(record(account, waits, "waits"), record(account, opens, "opens")))
			.toFuture()
			.join();

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(this.gate.applied(opens)).isTrue();
			assertThat(this.gate.applied(waits)).isTrue();
		});
	}

	private OutgoingRecord record(String account, UUID entry, String note) {
		return new OutgoingRecord("ledger.events", account,
				EventCodec.write(this.codec.envelope(new EntryRecorded(entry, account, note), account, 1)), Map.of(),
				null);
	}

	/**
	 * Entries of one lane are applied in turn: the second must be in another (the lane of
	 * its id as the consumer reads it from the event, as text).
	 */
	private static UUID inAnotherLaneThan(UUID entry) {
		UUID other = UUID.randomUUID();
		while (EventConsumers.laneOf(other.toString()) == EventConsumers.laneOf(entry.toString())) {
			other = UUID.randomUUID();
		}
		return other;
	}

}
