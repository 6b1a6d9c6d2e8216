package org.bookingfleet.pricing.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bookingfleet.platform.security.JwtTokens;
import org.bookingfleet.platform.security.Role;
import org.bookingfleet.pricing.quote.QuoteClaims;
import org.bookingfleet.pricing.quote.TokenVerification;
import org.bookingfleet.pricing.quote.internal.token.QuoteSigner;
import org.bookingfleet.pricing.quote.internal.web.QuoteView;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The catalog's editor: an admin changes a service's price, deposit, length or name and
 * deactivates it; quotes given before keep their price.
 */
@FleetIntegrationTest
@AutoConfigureWebTestClient
class ServiceEditingIntegrationTest {

	private static final ZoneId BUENOS_AIRES = ZoneId.of("America/Argentina/Buenos_Aires");

	@Autowired
	WebTestClient web;

	@Autowired
	JwtTokens tokens;

	@Autowired
	DatabaseClient database;

	@Autowired
	QuoteSigner signer;

	@Test
	void aNewPriceIsQuotedAtOnceAndAQuoteGivenBeforeKeepsTheOldOne() {
		String id = newBarberCut(1_800_000);
		QuoteView before = quote(id);

		patch(id, admin(), Map.of("basePriceCents", 2_400_000, "deposit", Map.of("rule", "FIXED", "cents", 500_000)))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.basePriceCents")
			.isEqualTo(2_400_000)
			.jsonPath("$.depositCents")
			.isEqualTo(500_000)
			.jsonPath("$.revision")
			.isEqualTo(2)
			.jsonPath("$.name")
			.isEqualTo("Corte express");

		QuoteView after = quote(id);
		assertThat(after.basePriceCents()).isEqualTo(2_400_000);
		assertThat(after.depositRequiredCents()).isEqualTo(500_000);
		assertThat(before.basePriceCents()).isEqualTo(1_800_000);
		QuoteClaims signed = claims(before);
		assertThat(signed.basePriceCents()).isEqualTo(1_800_000);
		assertThat(signed.finalPriceCents()).isEqualTo(before.finalPriceCents());
		assertThat(events(id, "ServiceChanged")).isEqualTo(1);
	}

	@Test
	void aDeactivatedServiceLeavesTheCatalogAndIsNotQuotedUntilReactivated() {
		String id = newBarberCut(1_800_000);

		patch(id, admin(), Map.of("active", false)).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.active")
			.isEqualTo(false);

		web.get().uri("/api/v2/services/" + id).exchange().expectStatus().isNotFound();
		web.get()
			.uri("/api/v2/services")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.id == '" + id + "')]")
			.doesNotExist();
		quoting(id).expectStatus().isNotFound().expectBody().jsonPath("$.error.code").isEqualTo("INVALID_SERVICE");
		web.get()
			.uri("/api/v2/services?includeInactive=true")
			.header("Authorization", "Bearer " + admin())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.id == '" + id + "')].active")
			.isEqualTo(false);

		patch(id, admin(), Map.of("active", true)).expectStatus().isOk();
		assertThat(quote(id).basePriceCents()).isEqualTo(1_800_000);
	}

	@Test
	void aBadChangeIsRefusedAndChangesNothing() {
		String id = newBarberCut(1_800_000);

		patch(id, admin(), Map.of("basePriceCents", -1, "name", "Corte caro")).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("VALIDATION_FAILED")
			.jsonPath("$.error.field")
			.isEqualTo("basePriceCents");
		patch(id, admin(), Map.of("durationMinutes", 0)).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.field")
			.isEqualTo("durationMinutes");
		patch(id, admin(), Map.of("deposit", Map.of("rule", "PERCENT", "percent", 150))).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.field")
			.isEqualTo("deposit.percent");

		web.get()
			.uri("/api/v2/services/" + id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.revision")
			.isEqualTo(1)
			.jsonPath("$.name")
			.isEqualTo("Corte express")
			.jsonPath("$.depositRequired")
			.isEqualTo(false);
		assertThat(events(id, "ServiceChanged")).isZero();
	}

	@Test
	void onlyAdminsEditAndAnUnknownServiceIsNotFound() {
		String id = newBarberCut(1_800_000);
		String client = tokens.mint("carla", Set.of(Role.CLIENT), null, Duration.ofMinutes(5));

		patch(id, client, Map.of("basePriceCents", 1)).expectStatus().isForbidden();
		web.get()
			.uri("/api/v2/services?includeInactive=true")
			.header("Authorization", "Bearer " + client)
			.exchange()
			.expectStatus()
			.isForbidden();
		patch("barber-" + UUID.randomUUID(), admin(), Map.of("basePriceCents", 1)).expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("INVALID_SERVICE");
		assertThat(quote(id).basePriceCents()).isEqualTo(1_800_000);
	}

	private String newBarberCut(long priceCentavos) {
		String id = "barber-" + UUID.randomUUID();
		web.put()
			.uri("/api/v2/services/" + id)
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + admin())
			.bodyValue(Map.of("businessId", "barberia-palermo", "name", "Corte express", "type", "IN_STORE",
					"durationMinutes", 20, "price", Map.of("model", "FIXED", "cents", priceCentavos), "hours",
					Map.of("regular", "10:00-20:00"), "timeZone", BUENOS_AIRES.getId(), "currency", "ARS",
					"taxJurisdiction", "AR-IVA", "minimumNoticeMinutes", 30))
			.exchange()
			.expectStatus()
			.isOk();
		return id;
	}

	private QuoteView quote(String id) {
		return quoting(id).expectStatus().isOk().expectBody(QuoteView.class).returnResult().getResponseBody();
	}

	private WebTestClient.ResponseSpec quoting(String id) {
		String tomorrowNoon = LocalDate.now(BUENOS_AIRES)
			.plusDays(1)
			.atTime(12, 0)
			.atZone(BUENOS_AIRES)
			.toOffsetDateTime()
			.toString();
		return web.post()
			.uri("/api/v2/services/pricing")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("serviceId", id, "scheduledDateTime", tomorrowNoon))
			.exchange();
	}

	private QuoteClaims claims(QuoteView quote) {
		TokenVerification verification = signer.verify(quote.quoteToken(), Instant.now());
		assertThat(verification).isInstanceOf(TokenVerification.Valid.class);
		return ((TokenVerification.Valid) verification).claims();
	}

	private WebTestClient.ResponseSpec patch(String id, String token, Map<String, Object> body) {
		return web.patch()
			.uri("/api/v2/services/" + id)
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + token)
			.bodyValue(body)
			.exchange();
	}

	private String admin() {
		return tokens.mint("ada", Set.of(Role.ADMIN), null, Duration.ofMinutes(5));
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
