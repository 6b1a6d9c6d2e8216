package org.bookingfleet.availability.slot.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.bookingfleet.availability.IntegrationClient.Answer;
import org.bookingfleet.availability.IntegrationClient;
import org.bookingfleet.availability.Scenery;
import org.bookingfleet.availability.catalog.internal.store.CatalogServices;
import org.bookingfleet.availability.schedule.internal.store.Providers;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

@FleetIntegrationTest
class BadInputIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	CatalogServices services;

	@Autowired
	Providers providers;

	@Autowired
	DatabaseClient database;

	Scenery scenery;

	IntegrationClient client;

	String service;

	long provider;

	Instant monday;

	@BeforeEach
	void setUp() {
		scenery = new Scenery(services, providers, database);
		client = IntegrationClient.on(port);
		service = scenery.service(60, 0, 0, 1);
		provider = scenery.provider(service);
		monday = Scenery.nextMondayAt("10:00");
	}

	@Test
	void anUnknownServiceIsNotFoundAndReservesNothing() {
		assertRefused(client.hold("no-such-service", provider, monday, 1).toFuture().join(), 404, "INVALID_SERVICE");
		assertRefused(search("no-such-service", monday, monday.plusSeconds(3600), "UTC"), 404, "INVALID_SERVICE");
	}

	@Test
	void aProviderWhoDoesNotOfferTheServiceIsNotFound() {
		assertRefused(client.hold(service, provider + 1, monday, 1).toFuture().join(), 404, "NOT_FOUND");
	}

	@Test
	void fromAfterToIsAValidationFailureOnFrom() {
		Answer answer = search(service, monday, monday.minusSeconds(1), "UTC");

		assertRefused(answer, 400, "VALIDATION_FAILED");
		assertThat(answer.error()).containsEntry("field", "from");
	}

	@Test
	void aRangeOverSixtyTwoDaysIsAValidationFailureOnTo() {
		Answer answer = search(service, monday, monday.plus(java.time.Duration.ofDays(63)), "UTC");

		assertRefused(answer, 400, "VALIDATION_FAILED");
		assertThat(answer.error()).containsEntry("field", "to");
	}

	@Test
	void anUnknownTimeZoneIsAValidationFailureOnTz() {
		Answer answer = search(service, monday, monday.plusSeconds(3600), "Atlantis/Capital");

		assertRefused(answer, 400, "VALIDATION_FAILED");
		assertThat(answer.error()).containsEntry("field", "tz");
	}

	@Test
	void aStartOffTheSlotGridIsAValidationFailureAndReservesNothing() {
		Answer answer = client.hold(service, provider, monday.plusSeconds(600), 1).toFuture().join();

		assertRefused(answer, 400, "VALIDATION_FAILED");
		assertThat(answer.error()).containsEntry("field", "start");
	}

	@Test
	void tooManySeatsForAOneSeatServiceAreRefused() {
		assertRefused(client.hold(service, provider, monday, 2).toFuture().join(), 400, "VALIDATION_FAILED");
	}

	@Test
	void aHoldInTheFarFutureIsAValidationFailureOnStartAndReservesNothing() {
		Answer answer = client.web()
			.post()
			.uri("/api/v2/availability/hold")
			.bodyValue(java.util.Map.of("serviceId", service, "providerId", provider, "start",
					"+999999999-12-31T23:59:59Z", "seats", 1))
			.exchangeToMono(IntegrationClient::answer)
			.toFuture()
			.join();

		assertRefused(answer, 400, "VALIDATION_FAILED");
		assertThat(answer.error()).containsEntry("field", "start");
	}

	@Test
	void aSearchInTheFarPastOrFutureIsAValidationFailure() {
		Answer past = client
			.get("/api/v2/availability?serviceId={s}&providerId={p}&from={f}&to={t}", service, provider,
					"0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z")
			.toFuture()
			.join();
		Answer future = client
			.get("/api/v2/availability?serviceId={s}&providerId={p}&from={f}&to={t}", service, provider,
					"+999999999-12-31T00:00:00Z", "+999999999-12-31T23:00:00Z")
			.toFuture()
			.join();

		assertRefused(past, 400, "VALIDATION_FAILED");
		assertRefused(future, 400, "VALIDATION_FAILED");
		assertThat(future.error()).containsEntry("field", "from");
	}

	private Answer search(String serviceId, Instant from, Instant to, String tz) {
		return client
			.get("/api/v2/availability?serviceId={s}&providerId={p}&from={f}&to={t}&tz={tz}", serviceId, provider,
					from.toString(), to.toString(), tz)
			.toFuture()
			.join();
	}

	private void assertRefused(Answer answer, int status, String code) {
		assertThat(answer.status()).isEqualTo(status);
		assertThat(answer.error()).containsEntry("code", code).containsKey("requestId");
		assertThat(scenery.count("select count(*) from reservation where provider_id = " + provider)).isZero();
		assertThat(scenery.count("select count(*) from outbox_event where event_key = '" + provider + "'")).isZero();
	}

}
