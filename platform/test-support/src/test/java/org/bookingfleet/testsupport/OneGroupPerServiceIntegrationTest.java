package org.bookingfleet.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bookingfleet.events.EventCodec;
import org.bookingfleet.platform.kafka.EventPublisher;
import org.bookingfleet.platform.kafka.OutgoingRecord;
import org.bookingfleet.testsupport.sample.EntryGate;
import org.bookingfleet.testsupport.sample.EntryRecorded;
import org.bookingfleet.testsupport.sample.Ledger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The ledger's two durable subscriptions of one topic read it as one consumer group,
 * named after the service: each applies the record, and its offset is committed once both
 * have.
 */
@FleetIntegrationTest
class OneGroupPerServiceIntegrationTest {

	@Autowired
	EventCodec codec;

	@Autowired
	EventPublisher publisher;

	@Autowired
	EntryGate gate;

	@Autowired
	Ledger ledger;

	@Test
	void bothSubscriptionsApplyARecordReadOnceAndItIsCommittedAfterBoth() throws Exception {
		String account = "acct-" + UUID.randomUUID();
		UUID entry = UUID.randomUUID();
		OutgoingRecord record = new OutgoingRecord("ledger.events", account,
				EventCodec.write(this.codec.envelope(new EntryRecorded(entry, account, "both"), account, 1)),
				Map.of(OutgoingRecord.TYPE_HEADER, "EntryRecorded"), null);

		this.publisher.publish(List.of(record)).toFuture().join();

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(applied(entry)).isEqualTo(1);
			assertThat(this.gate.applied(entry)).isTrue();
		});
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, RealKafka.bootstrapServers()))) {
			Set<String> groups = admin.listConsumerGroups()
				.all()
				.get(10, TimeUnit.SECONDS)
				.stream()
				.map(ConsumerGroupListing::groupId)
				.collect(Collectors.toSet());
			assertThat(groups).contains("ledger").doesNotContain("ledger.projection", "ledger.side-by-side");
			long end = endOf(admin, "ledger.events");
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("ledger")
					.partitionsToOffsetAndMetadata()
					.get(10, TimeUnit.SECONDS);
				long done = committed.entrySet()
					.stream()
					.filter(offset -> offset.getKey().topic().equals("ledger.events"))
					.mapToLong(offset -> offset.getValue().offset())
					.sum();
				assertThat(done).isGreaterThanOrEqualTo(end);
			});
		}
	}

	/** The sum of the topic's partitions' end offsets. */
	private static long endOf(Admin admin, String topic) throws Exception {
		Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(List.of(topic))
			.allTopicNames()
			.get(10, TimeUnit.SECONDS)
			.get(topic)
			.partitions()
			.stream()
			.collect(Collectors.toMap(partition -> new TopicPartition(topic, partition.partition()),
					partition -> OffsetSpec.latest()));
		return admin.listOffsets(latest)
			.all()
			.get(10, TimeUnit.SECONDS)
			.values()
			.stream()
			.mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset)
			.sum();
	}

	private long applied(UUID id) {
		return this.ledger.timesApplied(id).toFuture().join();
	}

}
