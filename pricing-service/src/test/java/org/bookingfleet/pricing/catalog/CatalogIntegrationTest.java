package org.bookingfleet.pricing.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.bookingfleet.pricing.catalog.internal.store.ServiceDefinitions;
import org.bookingfleet.pricing.catalog.internal.web.ServiceView;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@FleetIntegrationTest
@AutoConfigureWebTestClient
class CatalogIntegrationTest {

	@Autowired
	WebTestClient web;

	@Autowired
	ServiceDefinitions services;

	@Autowired
	DatabaseClient database;

	@Test
	void seededCatalogReadsBackAsTheDemoCatalog() {
		List<ServiceDefinition> stored = services.active().collectList().toFuture().join();

		assertThat(stored).containsExactlyInAnyOrderElementsOf(DemoCatalog.services());
	}

	@Test
	void everyDemoServiceIsListedWithItsPriceAndArea() {
		List<ServiceView> listed = web.get()
			.uri("/api/v2/services")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(ServiceView.class)
			.returnResult()
			.getResponseBody();

		assertThat(listed).hasSize(DemoCatalog.services().size());
		ServiceView standard = listed.stream()
			.filter(view -> view.id().equals("hmnp-standard-notary"))
			.findFirst()
			.orElseThrow();
		assertThat(standard.basePriceCents()).isEqualTo(7_500);
		assertThat(standard.currency()).isEqualTo("USD");
		assertThat(standard.serviceArea().standardRadiusMiles()).isEqualTo(15);
		assertThat(standard.serviceArea().travelFeeRateCentsPerMile()).isEqualTo(50);
		assertThat(standard.hours().regular()).isEqualTo("09:00-17:00");
		assertThat(standard.timeZone()).isEqualTo("America/Chicago");
	}

	@Test
	void oneServiceIsReadByItsId() {
		web.get()
			.uri("/api/v2/services/fa-emergency-first-aid-at-work")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("COURSE")
			.jsonPath("$.currency")
			.isEqualTo("GBP")
			.jsonPath("$.maxAttendees")
			.isEqualTo(12)
			.jsonPath("$.depositPercent")
			.isEqualTo(20);
	}

	@Test
	void unknownServiceIsNotFoundAsInvalidService() {
		web.get()
			.uri("/api/v2/services/no-such-service")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("INVALID_SERVICE")
			.jsonPath("$.error.requestId")
			.isNotEmpty();
	}

	@Test
	void seededServicesAreAnnouncedOnceAsServiceDefined() {
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(count("select count(*) from service_definition where announced_revision < revision")).isZero();
			assertThat(count("select count(*) from outbox_event where event_type = 'ServiceDefined'"))
				.isEqualTo(DemoCatalog.services().size());
		});
	}

	private long count(String sql) {
		return database.sql(sql).map(row -> row.get(0, Long.class)).one().toFuture().join();
	}

}
