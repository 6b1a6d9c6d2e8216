package org.bookingfleet.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bookingfleet.testsupport.RealKafka;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An upgraded service's group starts where the per-subscription groups it replaces had
 * all got to, on the real broker, and only the first time.
 */
class ReplacedGroupsIntegrationTest {

	private static Admin admin;

	private final String bookings = "bookings-" + UUID.randomUUID();

	private final String payments = "payments-" + UUID.randomUUID();

	private final String service = "booking-service-" + UUID.randomUUID();

	@BeforeAll
	static void connect() {
		admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, RealKafka.bootstrapServers()));
	}

	@AfterAll
	static void disconnect() {
		admin.close(Duration.ofSeconds(5));
	}

	@Test
	void theServicesGroupStartsAtTheLowestOffsetItsOldGroupsAllCommittedAndOnlyOnce() throws Exception {
		fill(this.bookings, 10);
		fill(this.payments, 10);
		commit(this.service + ".saga", Map.of(at(this.bookings, 0), 4L, at(this.bookings, 1), 3L, at(this.payments, 0),
				5L, at(this.payments, 1), 2L));
		commit(this.service + ".projection", Map.of(at(this.bookings, 0), 2L));
		Map<String, Set<String>> replaced = Map.of(this.service + ".saga", Set.of(this.bookings, this.payments),
				this.service + ".projection", Set.of(this.bookings));

		Map<TopicPartition, Long> given = ReplacedGroups.carryOver(admin, this.service, replaced)
			.block(Duration.ofSeconds(30));

		Map<TopicPartition, Long> expected = Map.of(at(this.bookings, 0), 2L, at(this.payments, 0), 5L,
				at(this.payments, 1), 2L);
		assertThat(given).as("bookings partition 1: the projection never committed there, so it reads from the start")
			.isEqualTo(expected);
		assertThat(committed(this.service)).isEqualTo(expected);

		commit(this.service, Map.of(at(this.bookings, 0), 9L));
		assertThat(ReplacedGroups.carryOver(admin, this.service, replaced).block(Duration.ofSeconds(30)))
			.as("a group that has read is not moved back")
			.isEmpty();
		assertThat(committed(this.service)).containsEntry(at(this.bookings, 0), 9L);
	}

	@Test
	void aNewInstallationHasNoOldGroupsAndItsGroupReadsFromTheStart() throws Exception {
		fill(this.bookings, 3);

		assertThat(ReplacedGroups.carryOver(admin, this.service, Map.of(this.service + ".saga", Set.of(this.bookings)))
			.block(Duration.ofSeconds(30))).isEmpty();
		assertThat(committed(this.service)).isEmpty();
	}

	private static TopicPartition at(String topic, int partition) {
		return new TopicPartition(topic, partition);
	}

	private static void fill(String topic, int records) throws Exception {
		admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get(30, TimeUnit.SECONDS);
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealKafka.bootstrapServers()), new StringSerializer(),
				new StringSerializer())) {
			for (int i = 0; i < records; i++) {
				producer.send(new ProducerRecord<>(topic, i % 2, "booking-" + i, "event " + i)).get();
			}
		}
	}

	private static void commit(String group, Map<TopicPartition, Long> offsets) throws Exception {
		admin
			.alterConsumerGroupOffsets(group,
					offsets.entrySet()
						.stream()
						.collect(Collectors.toMap(Map.Entry::getKey,
								offset -> new OffsetAndMetadata(offset.getValue()))))
			.all()
			.get(30, TimeUnit.SECONDS);
	}

	private static Map<TopicPartition, Long> committed(String group) throws Exception {
		return admin.listConsumerGroupOffsets(group)
			.partitionsToOffsetAndMetadata()
			.get(30, TimeUnit.SECONDS)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, offset -> offset.getValue().offset()));
	}

}
