package org.bookingfleet.platform.consumer;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.apache.kafka.common.errors.UnknownMemberIdException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Carries a service's place in its topics over to its consumer group from the groups it
 * replaces: versions before one group per service read with one group per durable
 * subscription, {@code <service>.<subscription>}. A group that has never committed reads
 * from the earliest offset, so without this the first start of the new version would read
 * every retained record again. The first time the service's group starts without a
 * committed offset for its topics, it is given, for each partition, the lowest offset
 * that the old groups following the partition's topic committed (where every one of them
 * had applied the records); a partition one of them never committed in keeps reading from
 * the earliest, as that group would have. The records after an old group's own offset are
 * read again by its subscription and skipped as consumed. A group that already has
 * offsets is left alone, and so is one whose consumers are already reading (another
 * instance was first): offsets are never moved back under a reader. The old groups stay,
 * unused, until the broker expires them, so a rollback finds them.
 */
final class ReplacedGroups {

	private static final Logger log = LoggerFactory.getLogger(ReplacedGroups.class);

	private ReplacedGroups() {
	}

	/**
	 * Seeds {@code group} from the {@code replaced} groups (each with the topics it read)
	 * if it has no offset in any of those topics yet; answers the offsets given, empty
	 * when there was nothing to carry over.
	 */
	static Mono<Map<TopicPartition, Long>> carryOver(Admin admin, String group,
			Map<String, ? extends Collection<String>> replaced) {
		Set<String> topics = replaced.values().stream().flatMap(Collection::stream).collect(Collectors.toSet());
		return committed(admin, group).flatMap(own -> {
			if (own.keySet().stream().anyMatch(partition -> topics.contains(partition.topic()))) {
				return Mono.just(Map.<TopicPartition, Long>of());
			}
			return Flux.fromIterable(replaced.entrySet())
				.concatMap(old -> committed(admin, old.getKey())
					.map(offsets -> new Replaced(Set.copyOf(old.getValue()), offsets)))
				.collectList()
				.map(ReplacedGroups::lowestCommonOffsets)
				.flatMap(seed -> seed.isEmpty() ? Mono.just(seed) : alter(admin, group, seed));
		});
	}

	/**
	 * Per partition that any old group committed in, the lowest offset of the old groups
	 * following its topic, if every one of them committed there.
	 */
	static Map<TopicPartition, Long> lowestCommonOffsets(List<Replaced> replaced) {
		Map<TopicPartition, Long> lowest = new HashMap<>();
		replaced.forEach(old -> old.offsets().forEach((partition, offset) -> {
			if (old.topics().contains(partition.topic())) {
				lowest.merge(partition, offset, Math::min);
			}
		}));
		lowest.keySet()
			.removeIf(partition -> replaced.stream()
				.anyMatch(old -> old.topics().contains(partition.topic()) && !old.offsets().containsKey(partition)));
		return lowest;
	}

	private static Mono<Map<TopicPartition, Long>> alter(Admin admin, String group, Map<TopicPartition, Long> seed) {
		Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
		seed.forEach((partition, offset) -> offsets.put(partition, new OffsetAndMetadata(offset)));
		return toMono(() -> admin.alterConsumerGroupOffsets(group, offsets).all())
			.doOnSuccess(
					done -> log.info("consumer group {} starts where the groups it replaces were: {}", group, seed))
			.thenReturn(seed)
			.onErrorResume(ReplacedGroups::alreadyReading, reading -> {
				log.info("consumer group {} is already reading; its offsets stay as they are", group);
				return Mono.just(Map.of());
			});
	}

	private static boolean alreadyReading(Throwable failure) {
		Throwable cause = (failure.getCause() != null) ? failure.getCause() : failure;
		return cause instanceof GroupNotEmptyException || cause instanceof UnknownMemberIdException;
	}

	private static Mono<Map<TopicPartition, Long>> committed(Admin admin, String group) {
		return toMono(() -> admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata())
			.map(offsets -> offsets.entrySet()
				.stream()
				.filter(offset -> offset.getValue() != null)
				.collect(Collectors.toMap(Map.Entry::getKey, offset -> offset.getValue().offset())));
	}

	/** The admin call is made when the answer is subscribed to, each time. */
	private static <T> Mono<T> toMono(Supplier<KafkaFuture<T>> call) {
		return Mono.fromCompletionStage(() -> call.get().toCompletionStage());
	}

	/** An old group: the topics its subscription read and the offsets it committed. */
	record Replaced(Set<String> topics, Map<TopicPartition, Long> offsets) {
	}

}
