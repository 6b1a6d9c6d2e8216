package org.bookingfleet.pricing.promo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bookingfleet.platform.security.JwtTokens;
import org.bookingfleet.platform.security.Role;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@FleetIntegrationTest
@AutoConfigureWebTestClient
class AdminPromoCodeIntegrationTest {

	@Autowired
	WebTestClient web;

	@Autowired
	JwtTokens tokens;

	@Test
	void codeCreatedByAnAdminDiscountsTheNextQuote() {
		String code = "FLAT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

		create(admin(), flatFive(code)).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo(code)
			.jsonPath("$.redeemed")
			.isEqualTo(0);

		ZoneId houston = ZoneId.of("America/Chicago");
		String tomorrowNoon = LocalDate.now(houston)
			.plusDays(1)
			.atTime(12, 0)
			.atZone(houston)
			.toOffsetDateTime()
			.toString();
		web.post()
			.uri("/api/v2/services/pricing")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("serviceId", "hmnp-ron-oath", "scheduledDateTime", tomorrowNoon, "promoCode",
					code.toLowerCase()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			// 35.00 - 5.00 = 30.00; Texas 8.25% of 30.00 = 2.475 -> 2.48 (half-even);
			// total 32.48
			.jsonPath("$.promoDiscountCents")
			.isEqualTo(500)
			.jsonPath("$.taxesCents")
			.isEqualTo(248)
			.jsonPath("$.finalPriceCents")
			.isEqualTo(3_248);
	}

	@Test
	void theSameCodeTwiceIsAConflict() {
		String code = "FLAT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		create(admin(), flatFive(code)).expectStatus().isCreated();

		create(admin(), flatFive(code)).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.error.field")
			.isEqualTo("code");
	}

	@Test
	void codeWithBothAPercentAndAnAmountIsRefused() {
		Map<String, Object> body = new HashMap<>(flatFive("BOTH" + UUID.randomUUID().toString().substring(0, 4)));
		body.put("percentOff", 10);

		create(admin(), body).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("VALIDATION_FAILED")
			.jsonPath("$.error.field")
			.isEqualTo("percentOff");
	}

	@Test
	void aCodeValidFromYearOneTo9999IsRefusedAndNotCreated() {
		String code = "EVER" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		Map<String, Object> body = new HashMap<>(flatFive(code));
		body.put("validFrom", "0001-01-01T00:00:00Z");
		body.put("validUntil", "9999-12-31T00:00:00Z");

		create(admin(), body).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("VALIDATION_FAILED")
			.jsonPath("$.error.field")
			.isEqualTo("validFrom");
		web.get()
			.uri("/api/v2/promo-codes/{code}", code)
			.header("Authorization", "Bearer " + admin())
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void aCodeRunningBeyondTwoYearsAheadIsRefused() {
		Map<String, Object> body = new HashMap<>(flatFive("LONG" + UUID.randomUUID().toString().substring(0, 6)));
		body.put("validUntil", Instant.now().plus(Duration.ofDays(800)).toString());

		create(admin(), body).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.field")
			.isEqualTo("validUntil");
	}

	@Test
	void clientsCannotCreateCodes() {
		String client = tokens.mint("carla", Set.of(Role.CLIENT), null, Duration.ofMinutes(5));

		create(client, flatFive("NOPE1")).expectStatus().isForbidden();
	}

	private static Map<String, Object> flatFive(String code) {
		return Map.of("code", code, "amountOffCents", 500, "currency", "USD", "validFrom",
				Instant.now().minus(Duration.ofDays(30)).toString(), "validUntil",
				Instant.now().plus(Duration.ofDays(200)).toString(), "serviceIds", List.of("hmnp-ron-oath"),
				"totalLimit", 3);
	}

	private String admin() {
		return tokens.mint("ada", Set.of(Role.ADMIN), null, Duration.ofMinutes(5));
	}

	private WebTestClient.ResponseSpec create(String token, Map<String, Object> body) {
		return web.post()
			.uri("/api/v2/promo-codes")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + token)
			.bodyValue(body)
			.exchange();
	}

}
