package org.bookingfleet.availability;

import java.util.Arrays;
import java.util.Map;

import org.bookingfleet.availability.catalog.internal.store.CatalogServices;
import org.bookingfleet.availability.schedule.internal.store.Providers;
import org.bookingfleet.events.EventCodec;
import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.platform.kafka.EventPublisher;
import org.bookingfleet.platform.kafka.OutgoingRecord;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The running service on its real database and broker, with a scenery to furnish, a
 * client to call it and a way to send it other services' events.
 */
@FleetIntegrationTest
public abstract class AvailabilityIntegration {

	@LocalServerPort
	protected int port;

	@Autowired
	protected CatalogServices services;

	@Autowired
	protected Providers providers;

	@Autowired
	protected DatabaseClient database;

	@Autowired
	protected EventCodec codec;

	@Autowired
	protected EventPublisher publisher;

	protected Scenery scenery;

	protected IntegrationClient client;

	@BeforeEach
	void furnish() {
		scenery = new Scenery(services, providers, database);
		client = IntegrationClient.on(port);
	}

	/**
	 * Publishes the events on the topic as the services that own them would, waiting
	 * until the broker has them.
	 */
	protected void publish(String topic, EventEnvelope... events) {
		publisher
			.publish(Arrays.stream(events)
				.map(event -> new OutgoingRecord(topic, event.subject(), EventCodec.write(event), Map.of(), null))
				.toList())
			.toFuture()
			.join();
	}

}
