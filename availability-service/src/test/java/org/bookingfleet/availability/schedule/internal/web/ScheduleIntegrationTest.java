package org.bookingfleet.availability.schedule.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bookingfleet.availability.IntegrationClient.Answer;
import org.bookingfleet.availability.IntegrationClient;
import org.bookingfleet.availability.Scenery;
import org.bookingfleet.availability.catalog.internal.store.CatalogServices;
import org.bookingfleet.availability.schedule.internal.store.Providers;
import org.bookingfleet.platform.security.JwtTokens;
import org.bookingfleet.platform.security.Role;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.reactive.function.client.WebClient;

@FleetIntegrationTest
class ScheduleIntegrationTest {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	@LocalServerPort
	int port;

	@Autowired
	CatalogServices services;

	@Autowired
	Providers providers;

	@Autowired
	DatabaseClient database;

	@Autowired
	JwtTokens tokens;

	Scenery scenery;

	IntegrationClient client;

	WebClient web;

	@BeforeEach
	void setUp() {
		scenery = new Scenery(services, providers, database);
		client = IntegrationClient.on(port);
		web = WebClient.builder().baseUrl("http://localhost:" + port).build();
	}

	@Test
	void aProviderSetsItsOwnScheduleAndItsSlotsFollow() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = 900_000L + (System.nanoTime() % 100_000);
		Map<String, Object> schedule = Map.of("timeZone", "Europe/London", "weeklyHours",
				Map.of("MONDAY", List.of(Map.of("start", "09:00", "end", "11:00"))), "slotIntervalMinutes", 60,
				"serviceIds", List.of(service));

		Answer saved = send("PUT", "/api/v2/providers/" + provider + "/schedule", schedule, providerToken(provider));
		Answer read = send("GET", "/api/v2/providers/" + provider + "/schedule", null, providerToken(provider));

		assertThat(saved.status()).isEqualTo(200);
		assertThat(read.body()).containsEntry("timeZone", "Europe/London");
		Instant monday = Scenery.nextMondayAt("00:00");
		Answer slots = client
			.get("/api/v2/availability?serviceId={s}&providerId={p}&from={f}&to={t}&tz=Europe/London", service,
					provider, monday.toString(), monday.plus(Duration.ofDays(1)).toString())
			.toFuture()
			.join();
		assertThat(slots.status()).isEqualTo(200);
		assertThat((List<?>) slots.body().get("slots")).hasSize(2);
	}

	@Test
	void aScheduleNamesItsProviderAndTheNameIsAnnouncedWithTheChange() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = 800_000L + (System.nanoTime() % 100_000);
		Map<String, Object> schedule = Map.of("timeZone", "America/Chicago", "name", " Grace Okafor ", "serviceIds",
				List.of(service));

		Answer saved = send("PUT", "/api/v2/providers/" + provider + "/schedule", schedule, providerToken(provider));
		Answer renamedWithoutName = send("PUT", "/api/v2/providers/" + provider + "/schedule",
				Map.of("timeZone", "America/Chicago", "serviceIds", List.of(service)), providerToken(provider));

		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.body()).containsEntry("name", "Grace Okafor");
		assertThat(renamedWithoutName.body()).as("a schedule sent without a name keeps the one given")
			.containsEntry("name", "Grace Okafor");
		assertThat(database
			.sql("select count(*) from outbox_event where event_type = 'ProviderNamed' and event_key = :key")
			.bind("key", Long.toString(provider))
			.map(row -> row.get(0, Long.class))
			.one()
			.block()).isEqualTo(1);
		assertThat(send("PUT", "/api/v2/providers/" + provider + "/schedule",
				Map.of("timeZone", "America/Chicago", "name", "x".repeat(101)), providerToken(provider))
			.error()).containsEntry("field", "name");
	}

	@Test
	void aProviderCannotChangeAnotherProvidersSchedule() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = scenery.provider(service);
		Map<String, Object> schedule = Map.of("timeZone", "UTC", "serviceIds", List.of(service));

		assertThat(send("PUT", "/api/v2/providers/" + provider + "/schedule", schedule, providerToken(provider + 1))
			.status()).isEqualTo(403);
		assertThat(send("PUT", "/api/v2/providers/" + provider + "/schedule", schedule, null).status()).isEqualTo(401);
		assertThat(send("PUT", "/api/v2/providers/" + provider + "/schedule", Map.of("timeZone", "Nowhere/Land"),
				providerToken(provider))
			.error()).containsEntry("field", "timeZone");
	}

	@Test
	void aScheduleWithoutATimeZoneIsAValidationFailure() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = scenery.provider(service);

		var answer = send("PUT", "/api/v2/providers/" + provider + "/schedule", Map.of("serviceIds", List.of(service)),
				providerToken(provider));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.error()).containsEntry("field", "timeZone");
	}

	@Test
	void timeOffTakesSlotsAwayUntilItIsRemoved() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = scenery.provider(service);
		Instant nine = Scenery.nextMondayAt("09:00");
		String token = providerToken(provider);

		Answer added = send("POST", "/api/v2/providers/" + provider + "/time-off",
				Map.of("start", nine.toString(), "end", nine.plus(Duration.ofHours(4)).toString(), "reason", "dentist"),
				token);

		assertThat(added.status()).isEqualTo(201);
		assertThat(slotsOnMonday(service, provider, nine)).hasSize(7);
		assertThat(send("DELETE", "/api/v2/providers/" + provider + "/time-off/" + added.body().get("id"), null, token)
			.status()).isEqualTo(204);
		assertThat(slotsOnMonday(service, provider, nine)).hasSize(15);
	}

	@Test
	void aProviderListsTheirTimeOffWithItsReasonsAndNoOneElseCan() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = scenery.provider(service);
		Instant nine = Scenery.nextMondayAt("09:00");
		String token = providerToken(provider);
		Answer later = send(
				"POST", "/api/v2/providers/" + provider + "/time-off", Map.of("start",
						nine.plus(Duration.ofDays(7)).toString(), "end", nine.plus(Duration.ofDays(8)).toString()),
				token);
		Answer dentist = send("POST", "/api/v2/providers/" + provider + "/time-off",
				Map.of("start", nine.toString(), "end", nine.plus(Duration.ofHours(4)).toString(), "reason", "dentist"),
				token);

		Answer listed = send("GET", "/api/v2/providers/" + provider + "/time-off", null, token);

		assertThat(listed.status()).isEqualTo(200);
		assertThat(((Number) listed.body().get("providerId")).longValue()).isEqualTo(provider);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> timeOff = (List<Map<String, Object>>) listed.body().get("timeOff");
		assertThat(timeOff).extracting(entry -> entry.get("id"))
			.containsExactly(dentist.body().get("id"), later.body().get("id"));
		assertThat(timeOff.get(0)).containsEntry("reason", "dentist").containsEntry("start", nine.toString());
		Answer window = send("GET", "/api/v2/providers/" + provider + "/time-off?from=" + nine.plus(Duration.ofDays(1))
				+ "&to=" + nine.plus(Duration.ofDays(30)), null, token);
		assertThat((List<?>) window.body().get("timeOff")).hasSize(1);
		assertThat(
				send("GET", "/api/v2/providers/" + provider + "/time-off", null, providerToken(provider + 1)).status())
			.isEqualTo(403);
		assertThat(send("GET", "/api/v2/providers/" + provider + "/time-off", null, null).status()).isEqualTo(401);
		assertThat(send("GET", "/api/v2/providers/" + provider + "/time-off?from=0001-01-01T00:00:00Z", null, token)
			.error()).containsEntry("field", "from");
	}

	@Test
	void aProviderIdOfZeroOrBelowIsRefusedAndNothingIsStored() {
		String service = scenery.service(60, 0, 0, 1);

		Answer answer = send("PUT", "/api/v2/providers/-1/schedule",
				Map.of("timeZone", "UTC", "serviceIds", List.of(service)), adminToken());

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.error()).containsEntry("code", "VALIDATION_FAILED").containsEntry("field", "providerId");
		assertThat(scenery.count("select count(*) from provider where id <= 0")).isZero();
	}

	@Test
	void aScheduleOfferingAServiceTheCatalogDoesNotKnowIsRefusedAndNothingIsStored() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = 800_000L + (System.nanoTime() % 100_000);

		Answer answer = send("PUT", "/api/v2/providers/" + provider + "/schedule",
				Map.of("timeZone", "UTC", "serviceIds", List.of(service, "no-such-service")), adminToken());

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.error()).containsEntry("code", "VALIDATION_FAILED").containsEntry("field", "serviceIds");
		assertThat(scenery.count("select count(*) from provider where id = " + provider)).isZero();
	}

	@Test
	void timeOffFromYearOneToYear9999IsRefusedAndNothingIsStored() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = scenery.provider(service);

		Answer answer = send("POST", "/api/v2/providers/" + provider + "/time-off",
				Map.of("start", "0001-01-01T00:00:00Z", "end", "9999-12-31T00:00:00Z", "reason", "forever"),
				providerToken(provider));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.error()).containsEntry("code", "VALIDATION_FAILED").containsEntry("field", "start");
		assertThat(scenery.count("select count(*) from time_off where provider_id = " + provider)).isZero();
	}

	@Test
	void aDateOverrideInYearOneOr9999IsRefusedNamingItAndNothingIsStored() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = 700_000L + (System.nanoTime() % 100_000);
		String nextWeek = LocalDate.now(ZoneOffset.UTC).plusDays(7).toString();

		for (String farDay : List.of("0001-01-01", "9999-12-31")) {
			Answer answer = send(
					"PUT", "/api/v2/providers/" + provider + "/schedule", Map.of("timeZone", "UTC", "serviceIds",
							List.of(service), "overrides", List.of(Map.of("date", nextWeek, "hours", List.of()), Map
								.of("date", farDay, "hours", List.of(Map.of("start", "09:00", "end", "17:00"))))),
					adminToken());

			assertThat(answer.status()).isEqualTo(400);
			assertThat(answer.error()).containsEntry("code", "VALIDATION_FAILED")
				.containsEntry("field", "overrides[1].date");
		}
		assertThat(scenery.count("select count(*) from provider where id = " + provider)).isZero();
	}

	@Test
	void timeOffWithA200KilobyteReasonIsRefusedAndNothingIsStored() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = scenery.provider(service);
		Instant nine = Scenery.nextMondayAt("09:00");

		Answer answer = send(
				"POST", "/api/v2/providers/" + provider + "/time-off", Map.of("start", nine.toString(), "end",
						nine.plus(Duration.ofHours(1)).toString(), "reason", "x".repeat(200_000)),
				providerToken(provider));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.error()).containsEntry("code", "VALIDATION_FAILED").containsEntry("field", "reason");
		assertThat(scenery.count("select count(*) from time_off where provider_id = " + provider)).isZero();
	}

	@Test
	void aNumberWhereTextIsExpectedAndAKeyGivenTwiceAreRefused() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = scenery.provider(service);
		String path = "/api/v2/providers/" + provider + "/schedule";

		Answer number = send("PUT", path, Map.of("timeZone", 12345, "serviceIds", List.of(service)), adminToken());
		Answer twice = send("PUT", path,
				"{\"timeZone\":\"UTC\",\"timeZone\":\"Europe/London\",\"serviceIds\":[\"" + service + "\"]}",
				adminToken());

		assertThat(number.status()).isEqualTo(400);
		assertThat(number.error()).containsEntry("code", "VALIDATION_FAILED").containsEntry("field", "timeZone");
		assertThat(twice.status()).isEqualTo(400);
		assertThat(twice.error()).containsEntry("code", "VALIDATION_FAILED").containsEntry("field", "timeZone");
		assertThat(send("GET", path, null, adminToken()).body()).containsEntry("timeZone", "America/Chicago");
	}

	private String adminToken() {
		return tokens.mint("admin", Set.of(Role.ADMIN), null, Duration.ofHours(1));
	}

	private List<?> slotsOnMonday(String service, long provider, Instant nine) {
		return (List<?>) client
			.get("/api/v2/availability?serviceId={s}&providerId={p}&from={f}&to={t}", service, provider,
					nine.toString(), nine.plus(Duration.ofHours(8)).toString())
			.toFuture()
			.join()
			.body()
			.get("slots");
	}

	private String providerToken(long provider) {
		return tokens.mint("provider-" + provider, Set.of(Role.PROVIDER), provider, Duration.ofHours(1));
	}

	private Answer send(String method, String uri, Object body, String token) {
		WebClient.RequestBodySpec request = web.method(org.springframework.http.HttpMethod.valueOf(method)).uri(uri);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (body instanceof String) {
			request.contentType(org.springframework.http.MediaType.APPLICATION_JSON);
		}
		WebClient.RequestHeadersSpec<?> ready = body == null ? request : request.bodyValue(body);
		return ready
			.exchangeToMono(response -> response.bodyToMono(JSON)
				.defaultIfEmpty(Map.of())
				.map(json -> new Answer(response.statusCode().value(), json)))
			.toFuture()
			.join();
	}

}
