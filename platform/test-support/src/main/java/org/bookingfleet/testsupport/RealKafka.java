package org.bookingfleet.testsupport;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.kafka.KafkaContainer;

/**
 * One real Kafka broker (KRaft) per test JVM: in the JVM through spring-kafka-test, or a
 * container.
 */
public final class RealKafka {

	private static volatile String bootstrapServers;

	private RealKafka() {
	}

	/**
	 * The shared broker, or the one a test named in the system property
	 * {@code fleet.test.kafka}.
	 */
	public static String bootstrapServers() {
		String named = System.getProperty("fleet.test.kafka");
		if (named != null) {
			return named;
		}
		if (bootstrapServers == null) {
			synchronized (RealKafka.class) {
				if (bootstrapServers == null) {
					bootstrapServers = start();
				}
			}
		}
		return bootstrapServers;
	}

	private static String start() {
		if (Infrastructure.chosen() == Infrastructure.CONTAINERS) {
			KafkaContainer container = new KafkaContainer("apache/kafka:4.2.1");
			container.start();
			return container.getBootstrapServers();
		}
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
		broker.brokerProperty("auto.create.topics.enable", "true");
		broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
		broker.brokerProperty("transaction.state.log.replication.factor", "1");
		broker.brokerProperty("transaction.state.log.min.isr", "1");
		broker.brokerProperty("offsets.topic.replication.factor", "1");
		broker.afterPropertiesSet();
		Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
		return broker.getBrokersAsString();
	}

}
