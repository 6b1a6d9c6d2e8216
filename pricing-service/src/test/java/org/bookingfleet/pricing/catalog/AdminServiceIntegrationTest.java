package org.bookingfleet.pricing.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bookingfleet.events.EventCodec;
import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.Topics;
import org.bookingfleet.events.catalog.ServiceChanged;
import org.bookingfleet.platform.kafka.EventPublisher;
import org.bookingfleet.platform.kafka.OutgoingRecord;
import org.bookingfleet.platform.security.JwtTokens;
import org.bookingfleet.platform.security.Role;
import org.bookingfleet.pricing.catalog.internal.store.ServiceDefinitions;
import org.bookingfleet.pricing.catalog.internal.web.ServiceView;
import org.bookingfleet.pricing.quote.internal.web.QuoteView;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@FleetIntegrationTest
@AutoConfigureWebTestClient
class AdminServiceIntegrationTest {

	@Autowired
	WebTestClient web;

	@Autowired
	JwtTokens tokens;

	@Autowired
	DatabaseClient database;

	@Autowired
	ServiceDefinitions services;

	@Autowired
	EventCodec codec;

	@Autowired
	EventPublisher publisher;

	@Test
	void adminDefinesAServiceAndItIsAnnouncedAndPriced() {
		String id = "barber-" + UUID.randomUUID();

		put(id, admin(), barberCut(1_800_000)).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.revision")
			.isEqualTo(1)
			.jsonPath("$.basePriceCents")
			.isEqualTo(1_800_000);

		assertThat(events(id, "ServiceDefined")).isEqualTo(1);
		web.get()
			.uri("/api/v2/services/" + id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.currency")
			.isEqualTo("ARS");
	}

	@Test
	void theCatalogIsServedWithItsETagUntilAServiceChanges() {
		String first = web.get()
			.uri("/api/v2/services")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Cache-Control", "max-age=60, public")
			.returnResult(String.class)
			.getResponseHeaders()
			.getETag();
		assertThat(first).startsWith("\"");
		web.get()
			.uri("/api/v2/services")
			.header("If-None-Match", first)
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectBody()
			.isEmpty();

		String id = "barber-" + UUID.randomUUID();
		put(id, admin(), barberCut(1_800_000)).expectStatus().isOk();

		String second = web.get()
			.uri("/api/v2/services")
			.header("If-None-Match", first)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.id == '" + id + "')]")
			.exists()
			.returnResult()
			.getResponseHeaders()
			.getETag();
		assertThat(second).isNotEqualTo(first);
	}

	@Test
	void changingAServiceRaisesItsRevisionAndQuotesNameIt() {
		String id = "barber-" + UUID.randomUUID();
		put(id, admin(), barberCut(1_800_000)).expectStatus().isOk();

		put(id, admin(), barberCut(2_000_000)).expectStatus().isOk().expectBody().jsonPath("$.revision").isEqualTo(2);

		assertThat(events(id, "ServiceChanged")).isEqualTo(1);
		String tomorrowNoon = LocalDate.now(ZoneId.of("America/Argentina/Buenos_Aires"))
			.plusDays(1)
			.atTime(12, 0)
			.atZone(ZoneId.of("America/Argentina/Buenos_Aires"))
			.toOffsetDateTime()
			.toString();
		web.post()
			.uri("/api/v2/services/pricing")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("serviceId", id, "scheduledDateTime", tomorrowNoon))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.basePriceCents")
			.isEqualTo(2_000_000)
			// IVA 21% of 20,000.00 ARS = 4,200.00
			.jsonPath("$.taxesCents")
			.isEqualTo(420_000)
			.jsonPath("$.breakdown[0].rule")
			.isEqualTo("base.fixed/v2");
	}

	@Test
	void changeMadeOnAnotherInstanceReachesQuotesThroughItsCatalogEvent() {
		String id = "barber-" + UUID.randomUUID();
		ServiceView created = put(id, admin(), barberCut(1_800_000)).expectStatus()
			.isOk()
			.expectBody(ServiceView.class)
			.returnResult()
			.getResponseBody();
		assertThat(quotedBase(id)).isEqualTo(1_800_000);

		database.sql("update service_definition set price_cents = 2500000, revision = 2 where id = :id")
			.bind("id", id)
			.fetch()
			.rowsUpdated()
			.toFuture()
			.join();
		ServiceDefinition changed = services.find(id).toFuture().join();
		EventEnvelope event = codec.envelope(new ServiceChanged(ServiceDefinitions.snapshot(changed)), id, 2);
		publisher.publish(new OutgoingRecord(Topics.CATALOG, id, EventCodec.write(event), Map.of(), null))
			.toFuture()
			.join();

		assertThat(created.revision()).isEqualTo(1);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(quotedBase(id)).isEqualTo(2_500_000));
	}

	@Test
	void anonymousCallersCannotChangeTheCatalog() {
		put("barber-x", null, barberCut(1)).expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("UNAUTHENTICATED");
	}

	@Test
	void clientsCannotChangeTheCatalog() {
		String client = tokens.mint("carla", Set.of(Role.CLIENT), null, Duration.ofMinutes(5));

		put("barber-x", client, barberCut(1)).expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("FORBIDDEN");
	}

	@Test
	void definitionWithoutAPriceIsRefusedAndNothingIsStored() {
		String id = "barber-" + UUID.randomUUID();
		Map<String, Object> body = new HashMap<>(barberCut(1));
		body.remove("price");

		put(id, admin(), body).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("VALIDATION_FAILED")
			.jsonPath("$.error.field")
			.isEqualTo("price");
		web.get().uri("/api/v2/services/" + id).exchange().expectStatus().isNotFound();
	}

	@Test
	void definitionWithAnUnknownTaxJurisdictionIsRefused() {
		Map<String, Object> body = new HashMap<>(barberCut(1));
		body.put("taxJurisdiction", "XX-NOWHERE");

		put("barber-" + UUID.randomUUID(), admin(), body).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.field")
			.isEqualTo("taxJurisdiction");
	}

	private long quotedBase(String id) {
		ZoneId buenosAires = ZoneId.of("America/Argentina/Buenos_Aires");
		String tomorrowNoon = LocalDate.now(buenosAires)
			.plusDays(1)
			.atTime(12, 0)
			.atZone(buenosAires)
			.toOffsetDateTime()
			.toString();
		return web.post()
			.uri("/api/v2/services/pricing")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("serviceId", id, "scheduledDateTime", tomorrowNoon))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(QuoteView.class)
			.returnResult()
			.getResponseBody()
			.basePriceCents();
	}

	private Map<String, Object> barberCut(long priceCentavos) {
		return Map.of("businessId", "barberia-palermo", "name", "Corte express", "type", "IN_STORE", "durationMinutes",
				20, "price", Map.of("model", "FIXED", "cents", priceCentavos), "hours",
				Map.of("regular", "10:00-20:00"), "timeZone", "America/Argentina/Buenos_Aires", "currency", "ARS",
				"taxJurisdiction", "AR-IVA", "minimumNoticeMinutes", 30);
	}

	private String admin() {
		return tokens.mint("ada", Set.of(Role.ADMIN), null, Duration.ofMinutes(5));
	}

	private WebTestClient.ResponseSpec put(String id, String token, Map<String, Object> body) {
		WebTestClient.RequestBodySpec request = web.put()
			.uri("/api/v2/services/" + id)
			.contentType(MediaType.APPLICATION_JSON);
		if (token != null) {
			request = request.header("Authorization", "Bearer " + token);
		}
		return request.bodyValue(body).exchange();
	}

	private long events(String id, String type) {
		return database.sql("select count(*) from outbox_event where event_key = :id and event_type = :type")
			.bind("id", id)
			.bind("type", type)
			.map(row -> row.get(0, Long.class))
			.one()
			.toFuture()
			.join();
	}

}
