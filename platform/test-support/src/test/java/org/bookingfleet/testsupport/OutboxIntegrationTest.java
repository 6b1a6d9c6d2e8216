package org.bookingfleet.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bookingfleet.events.EventCodec;
import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.Topics;
import org.bookingfleet.platform.kafka.EventPublisher;
import org.bookingfleet.platform.kafka.OutgoingRecord;
import org.bookingfleet.platform.outbox.Outbox;
import org.bookingfleet.testsupport.sample.EntryRecorded;
import org.bookingfleet.testsupport.sample.Ledger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

@FleetIntegrationTest
class OutboxIntegrationTest {

	@Autowired
	Ledger ledger;

	@Autowired
	Outbox outbox;

	@Autowired
	EventCodec codec;

	@Autowired
	EventPublisher publisher;

	@Autowired
	DatabaseClient database;

	@Autowired
	TransactionalOperator transaction;

	@Test
	void useCaseThatFailsAfterWritingLeavesNeitherTheRowNorItsEvent() {
		String account = "acct-" + UUID.randomUUID();
		StepVerifier.create(this.ledger.record(account, "fails", true))
			.expectErrorMessage("failed after writing")
			.verify();

		assertThat(count("select count(*) from ledger_entry where account = '" + account + "'")).isZero();
		assertThat(count("select count(*) from outbox_event where event_key = '" + account + "'")).isZero();
	}

	@Test
	void outboxRefusesAnEventOutsideATransaction() {
		StepVerifier.create(this.outbox.append(new EntryRecorded(UUID.randomUUID(), "a", "b", 1)))
			.expectError(IllegalStateException.class)
			.verify();
	}

	@Test
	void recordedEntryIsPublishedAndAppliedByTheConsumer() {
		UUID id = this.ledger.record("acct-" + UUID.randomUUID(), "ok", false).toFuture().join();

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(applied(id)).isEqualTo(1));
		assertThat(count("select count(*) from outbox_event where published_at is null")).isZero();
	}

	@Test
	void eventDeliveredTwiceIsAppliedOnce() {
		String account = "acct-" + UUID.randomUUID();
		UUID id = UUID.randomUUID();
		EventEnvelope event = this.codec.envelope(new EntryRecorded(id, account, "twice"), account, 1);
		OutgoingRecord record = new OutgoingRecord("ledger.events", account, EventCodec.write(event),
				java.util.Map.of(), null);
		this.publisher.publish(List.of(record, record)).toFuture().join();
		// A later event on the same key is applied after both deliveries of the first.
		UUID marker = UUID.randomUUID();
		EventEnvelope after = this.codec.envelope(new EntryRecorded(marker, account, "after"), account, 2);
		this.publisher
			.publish(new OutgoingRecord("ledger.events", account, EventCodec.write(after), java.util.Map.of(), null))
			.toFuture()
			.join();

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(applied(marker)).isEqualTo(1));
		assertThat(applied(id)).isEqualTo(1);
	}

	@Test
	void eventThatAlwaysFailsGoesToTheDeadLettersAndTheConsumerGoesOn() {
		String account = "acct-" + UUID.randomUUID();
		UUID poison = this.ledger.record(account, "poison", false).toFuture().join();
		UUID next = this.ledger.record(account, "fine", false).toFuture().join();

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(applied(next)).isEqualTo(1));
		assertThat(applied(poison)).isZero();
		List<ConsumerRecord<String, byte[]>> deadLetters = TopicReader.readUntil(RealKafka.bootstrapServers(),
				Topics.deadLetters("ledger.events"), records -> records.stream().anyMatch(r -> isEntry(r, poison)),
				Duration.ofSeconds(30));
		ConsumerRecord<String, byte[]> dead = deadLetters.stream()
			.filter(r -> isEntry(r, poison))
			.findFirst()
			.orElseThrow();
		assertThat(new String(dead.headers().lastHeader("dlq.error.message").value()))
			.isEqualTo("this entry can never be applied");
		assertThat(dead.key()).isEqualTo(account);
	}

	@Test
	void anEventAppendedAgainAfterItWentOutGoesOutOnceMoreUnderItsOwnId() {
		String account = "acct-" + UUID.randomUUID();
		UUID entry = UUID.randomUUID();
		EventEnvelope event = this.codec.envelope(new EntryRecorded(entry, account, "again"), account, 1);
		this.transaction.transactional(this.outbox.append(event, "ledger.events")).toFuture().join();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(count("select count(*) from outbox_event where event_id = '" + event.id()
					+ "' and published_at is not null"))
				.isEqualTo(1));

		this.transaction.transactional(this.outbox.appendAgain(event, "ledger.events")).toFuture().join();

		List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(RealKafka.bootstrapServers(),
				"ledger.events", all -> all.stream().filter(r -> isEntry(r, entry)).count() == 2,
				Duration.ofSeconds(30));
		assertThat(records.stream().filter(r -> isEntry(r, entry)))
			.allSatisfy(r -> assertThat(EventCodec.read(r.value()).id()).isEqualTo(event.id()))
			.allSatisfy(r -> assertThat(new String(r.headers().lastHeader("ce_id").value()))
				.isEqualTo(event.id().toString()))
			.allSatisfy(r -> assertThat(r.key()).isEqualTo(account));
		assertThat(count("select count(*) from outbox_event where event_id = '" + event.id() + "'")).isEqualTo(1);
	}

	private Mono<UUID> entryWithEvent(UUID id, String account, String note) {
		return this.outbox
			.withEvent("insert into ledger_entry (id, account, note) values (:id, :account, :note) "
					+ "on conflict (id) do nothing returning id", new EntryRecorded(id, account, note, 1))
			.bind("id", id)
			.bind("account", account)
			.bind("note", note)
			.map(row -> row.get("id", UUID.class))
			.one();
	}

	@Test
	void aChangeAndItsEventWrittenInOneStatementGoOutTogether() {
		String account = "acct-" + UUID.randomUUID();
		UUID id = UUID.randomUUID();

		assertThat(entryWithEvent(id, account, "one statement").toFuture().join()).isEqualTo(id);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(applied(id)).isEqualTo(1));
		assertThat(count("select count(*) from ledger_entry where id = '" + id + "'")).isEqualTo(1);
		assertThat(count("select count(*) from outbox_event where event_key = '" + account + "'")).isEqualTo(1);
	}

	@Test
	void aChangeThatWritesNothingRecordsNoEvent() {
		String account = "acct-" + UUID.randomUUID();
		UUID id = UUID.randomUUID();
		entryWithEvent(id, account, "first").toFuture().join();

		assertThat(entryWithEvent(id, account, "again").toFuture().join()).isNull();

		assertThat(count("select count(*) from outbox_event where event_key = '" + account + "'")).isEqualTo(1);
	}

	@Test
	void anEventThatCannotBeRecordedTakesItsChangeWithIt() {
		String account = "acct-refused-" + UUID.randomUUID();
		this.database
			.sql("create or replace function refuse_outbox_key() returns trigger language plpgsql as $$ "
					+ "begin if new.event_key like 'acct-refused-%' then raise exception 'outbox refused %', "
					+ "new.event_key; end if; return new; end $$")
			.then()
			.toFuture()
			.join();
		this.database
			.sql("create or replace trigger refuse_outbox_key before insert on outbox_event "
					+ "for each row execute function refuse_outbox_key()")
			.then()
			.toFuture()
			.join();
		UUID id = UUID.randomUUID();

		StepVerifier.create(entryWithEvent(id, account, "refused"))
			.expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("outbox refused"))
			.verify();

		assertThat(count("select count(*) from ledger_entry where id = '" + id + "'")).isZero();
	}

	private static boolean isEntry(ConsumerRecord<String, byte[]> record, UUID entryId) {
		EventEnvelope event = EventCodec.read(record.value());
		return EventCodec.data(event, EntryRecorded.class).entryId().equals(entryId);
	}

	private long applied(UUID id) {
		return count("select count(*) from applied_entry where entry_id = '" + id + "'");
	}

	private long count(String sql) {
		return this.database.sql(sql).map(row -> row.get(0, Long.class)).one().toFuture().join();
	}

}
