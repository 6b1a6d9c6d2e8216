package org.bookingfleet.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a service reaches Kafka and how its outbox relay and consumers behave
 * ({@code fleet.events.*}).
 */
@ConfigurationProperties("fleet.events")
public class EventsProperties {

	/** Kafka bootstrap servers. */
	private String bootstrapServers = "localhost:9092";

	/** Partitions of the topics this service creates when they are missing. */
	private int partitions = 3;

	/** Replication factor of the topics this service creates. */
	private short replicationFactor = 1;

	private final Relay relay = new Relay();

	private final Consumer consumer = new Consumer();

	public String getBootstrapServers() {
		return this.bootstrapServers;
	}

	public void setBootstrapServers(String bootstrapServers) {
		this.bootstrapServers = bootstrapServers;
	}

	public int getPartitions() {
		return this.partitions;
	}

	public void setPartitions(int partitions) {
		this.partitions = partitions;
	}

	public short getReplicationFactor() {
		return this.replicationFactor;
	}

	public void setReplicationFactor(short replicationFactor) {
		this.replicationFactor = replicationFactor;
	}

	public Relay getRelay() {
		return this.relay;
	}

	public Consumer getConsumer() {
		return this.consumer;
	}

	public static class Relay {

		/** Whether this instance relays its outbox at all. */
		private boolean enabled = true;

		/** Rows published per transaction. */
		private int batchSize = 500;

		/** How often to look for rows when no notification came. */
		private Duration pollInterval = Duration.ofMillis(250);

		/** How long published rows are kept for inspection. */
		private Duration retention = Duration.ofDays(3);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getBatchSize() {
			return this.batchSize;
		}

		public void setBatchSize(int batchSize) {
			this.batchSize = batchSize;
		}

		public Duration getPollInterval() {
			return this.pollInterval;
		}

		public void setPollInterval(Duration pollInterval) {
			this.pollInterval = pollInterval;
		}

		public Duration getRetention() {
			return this.retention;
		}

		public void setRetention(Duration retention) {
			this.retention = retention;
		}

	}

	public static class Consumer {

		/**
		 * Attempts of a failing handler before its event goes to the dead-letter topic.
		 */
		private int maxAttempts = 5;

		private Duration initialBackoff = Duration.ofMillis(200);

		private Duration maxBackoff = Duration.ofSeconds(5);

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

	}

}
