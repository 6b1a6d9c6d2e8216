package org.bookingfleet.pricing.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.bookingfleet.pricing.catalog.internal.store.Businesses;
import org.bookingfleet.pricing.catalog.internal.web.BusinessView;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@FleetIntegrationTest
@AutoConfigureWebTestClient
class BusinessIntegrationTest {

	@Autowired
	WebTestClient web;

	@Autowired
	Businesses businesses;

	@Autowired
	DatabaseClient database;

	@Test
	void seededBusinessesReadBackAsTheDemoCatalog() {
		for (Business demo : DemoCatalog.businesses()) {
			assertThat(businesses.find(demo.id()).toFuture().join()).isEqualTo(demo);
		}
	}

	@Test
	void anyoneReadsABusinessProfile() {
		BusinessView barber = web.get()
			.uri("/api/v2/businesses/barberia-palermo")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(BusinessView.class)
			.returnResult()
			.getResponseBody();

		assertThat(barber.legalName()).isEqualTo("Barbería Palermo S.R.L.");
		assertThat(barber.taxId().label()).isEqualTo("CUIT");
		assertThat(barber.taxId().number()).isEqualTo("30-71234567-1");
		assertThat(barber.address().country()).isEqualTo("AR");
		assertThat(barber.language()).isEqualTo("es-AR");
		assertThat(barber.currency()).isEqualTo("ARS");
		assertThat(barber.invoicePrefix()).isEqualTo("BPAL");
		assertThat(barber.support().email()).isEqualTo("hola@barberiapalermo.example");
		assertThat(barber.cancellationWording()).isEqualTo(barber.cancellationWordings().get("es-AR"));
		assertThat(barber.cancellationWordings()).containsEntry("en",
				"You can cancel or change your appointment free of charge up to 2 hours before.");
	}

	@Test
	void anUnknownBusinessIsNotFound() {
		web.get()
			.uri("/api/v2/businesses/nobody")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("NOT_FOUND");
	}

	@Test
	void everyServiceIsAnnouncedWithItsBusinessProfileAndTax() {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(database
				.sql("select count(*) from service_definition where id = any(:demo) and "
						+ "(announced_revision < revision or announced_snapshot is null "
						+ "or announced_snapshot not like '%invoicePrefix=%')")
				.bind("demo", DemoCatalog.services().stream().map(ServiceDefinition::id).toArray(String[]::new))
				.map(row -> row.get(0, Long.class))
				.one()
				.toFuture()
				.join()).isZero());
		String payload = database
			.sql("select convert_from(payload, 'UTF8') from outbox_event where event_key = 'fa-paediatric-first-aid' "
					+ "order by id desc limit 1")
			.map(row -> row.get(0, String.class))
			.one()
			.toFuture()
			.join();

		assertThat(payload).contains("\"legalName\":\"London First Aid Training Ltd\"", "\"taxId\":\"GB 284 7361 31\"",
				"\"invoicePrefix\":\"LFAT\"", "\"taxName\":\"VAT\"", "\"taxRatePercent\":\"20\"", "\"country\":\"GB\"");
	}

}
