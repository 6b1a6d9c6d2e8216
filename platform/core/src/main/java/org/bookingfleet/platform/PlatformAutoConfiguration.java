package org.bookingfleet.platform;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.ConnectionFactory;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.bookingfleet.events.EventCodec;
import org.bookingfleet.platform.consumer.ConsumedEvents;
import org.bookingfleet.platform.consumer.EventConsumers;
import org.bookingfleet.platform.consumer.EventSubscription;
import org.bookingfleet.platform.health.KafkaHealth;
import org.bookingfleet.platform.kafka.EventPublisher;
import org.bookingfleet.platform.kafka.KafkaEvents;
import org.bookingfleet.platform.kafka.KafkaTopics;
import org.bookingfleet.platform.outbox.Outbox;
import org.bookingfleet.platform.outbox.OutboxRelay;
import org.bookingfleet.platform.web.WebEdgeAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.r2dbc.autoconfigure.DataR2dbcAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Wires the event platform into a service (the web edge comes from fleet-web): the outbox
 * and its relay, the consumers of the service's {@link EventSubscription} beans, Kafka
 * topics and the Kafka health indicator.
 */
@AutoConfiguration(after = { R2dbcAutoConfiguration.class, DataR2dbcAutoConfiguration.class,
		R2dbcTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
		WebEdgeAutoConfiguration.class })
@EnableConfigurationProperties(EventsProperties.class)
public class PlatformAutoConfiguration {

	@Bean
	EventCodec eventCodec(@Value("${spring.application.name}") String source, Clock clock) {
		return new EventCodec(source, clock);
	}

	@Bean
	@ConditionalOnMissingBean
	TransactionalOperator transactionalOperator(ReactiveTransactionManager transactionManager) {
		return TransactionalOperator.create(transactionManager);
	}

	@Bean
	Outbox outbox(DatabaseClient database, EventCodec codec) {
		return new Outbox(database, codec);
	}

	@Bean
	ConsumedEvents consumedEvents(DatabaseClient database) {
		return new ConsumedEvents(database);
	}

	@Bean
	KafkaEvents kafkaEvents(EventsProperties properties) {
		return new KafkaEvents(properties);
	}

	@Bean(destroyMethod = "close")
	EventPublisher eventPublisher(KafkaEvents kafka, @Value("${spring.application.name}") String service) {
		return kafka.publisher(service);
	}

	@Bean(destroyMethod = "close")
	Admin kafkaAdmin(EventsProperties properties) {
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, properties.getBootstrapServers(),
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
				10_000));
	}

	@Bean("kafka")
	KafkaHealth kafkaHealth(Admin admin) {
		return new KafkaHealth(admin);
	}

	/**
	 * Topics exist before anything publishes; the pool is warm before the first request.
	 */
	@Bean
	SmartInitializingSingleton fleetStartup(Admin admin, EventsProperties properties,
			ObjectProvider<ConnectionFactory> connectionFactory) {
		return () -> {
			KafkaTopics.ensure(admin, properties.getPartitions(), properties.getReplicationFactor());
			if (connectionFactory.getIfAvailable() instanceof ConnectionPool pool) {
				warm(pool);
			}
		};
	}

	/**
	 * Opens the pool's connections on the main thread at start-up, before the relay, the
	 * consumers and the first request ask for one: connections then spread over the event
	 * loops, and no acquisition races the warm-up.
	 */
	private static void warm(ConnectionPool pool) {
		try {
			pool.warmup().toFuture().get(30, java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
			org.slf4j.LoggerFactory.getLogger(PlatformAutoConfiguration.class)
				.warn("could not open the connection pool at start-up; connections open on demand: {}", ex.toString());
		}
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "fleet.events.relay.enabled", matchIfMissing = true)
	OutboxRelay outboxRelay(DatabaseClient database, ConnectionFactory connectionFactory,
			TransactionalOperator transaction, EventPublisher publisher, EventsProperties properties,
			@Value("${spring.application.name}") String service) {
		return new OutboxRelay(database, connectionFactory, transaction, publisher, properties.getRelay(), service);
	}

	@Bean
	EventConsumers eventConsumers(List<EventSubscription> subscriptions, KafkaEvents kafka, EventPublisher publisher,
			ConsumedEvents consumed, TransactionalOperator transaction, EventsProperties properties,
			@Value("${spring.application.name}") String service, Admin admin) {
		return new EventConsumers(subscriptions, kafka, publisher, consumed, transaction, properties.getConsumer(),
				service, admin);
	}

	/**
	 * The platform's own tables (outbox, consumed events) migrate with each service's.
	 */
	@Bean
	FlywayConfigurationCustomizer platformMigrations() {
		return configuration -> {
			var locations = new java.util.ArrayList<>(List.of(configuration.getLocations()));
			locations.add(new org.flywaydb.core.api.Location("classpath:db/platform"));
			configuration.locations(locations.toArray(org.flywaydb.core.api.Location[]::new));
		};
	}

}
