package org.bookingfleet.platform.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.bookingfleet.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the fleet's topics and their dead-letter twins when they are missing. It runs
 * once at start-up, on the main thread; a broker that is not there yet is no reason not
 * to start (the broker's auto-creation stands in).
 */
public final class KafkaTopics {

	private static final Logger log = LoggerFactory.getLogger(KafkaTopics.class);

	public static final Set<String> ALL = Set.of(Topics.CATALOG, Topics.AVAILABILITY, Topics.BOOKING, Topics.PAYMENT,
			Topics.INTEGRATION);

	private KafkaTopics() {
	}

	public static void ensure(Admin admin, int partitions, short replicationFactor) {
		List<NewTopic> topics = new ArrayList<>();
		for (String topic : ALL) {
			topics.add(new NewTopic(topic, partitions, replicationFactor));
			topics.add(new NewTopic(Topics.deadLetters(topic), 1, replicationFactor));
		}
		admin.createTopics(topics).values().forEach((name, future) -> {
			try {
				future.get(10, TimeUnit.SECONDS);
			}
			catch (ExecutionException ex) {
				if (!(ex.getCause() instanceof TopicExistsException)) {
					log.warn("could not create topic {}: {}", name, ex.getCause().toString());
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (Exception ex) {
				log.warn("could not create topic {}: {}", name, ex.toString());
			}
		});
	}

}
