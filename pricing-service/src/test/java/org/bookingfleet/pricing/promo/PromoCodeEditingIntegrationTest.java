package org.bookingfleet.pricing.promo;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.bookingfleet.pricing.promo.internal.store.PromoRedemptions;
import org.bookingfleet.pricing.quote.TokenVerification;
import org.bookingfleet.pricing.quote.internal.token.QuoteSigner;
import org.bookingfleet.pricing.quote.internal.web.QuoteView;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Admins list, change and deactivate promo codes; quotes given before keep their price.
 */
@FleetIntegrationTest
@AutoConfigureWebTestClient
class PromoCodeEditingIntegrationTest {

	@Autowired
	WebTestClient web;

	@Autowired
	JwtTokens tokens;

	@Autowired
	QuoteSigner signer;

	@Autowired
	PromoRedemptions redemptions;

	@Test
	void aChangedDiscountIsQuotedAtOnceAndAQuoteGivenBeforeKeepsItsOwn() {
		String code = newCode();
		QuoteView before = quote(code).expectStatus()
			.isOk()
			.expectBody(QuoteView.class)
			.returnResult()
			.getResponseBody();

		Map<String, Object> sevenOff = new HashMap<>(flatFive(code));
		sevenOff.put("amountOffCents", 700);
		change(admin(), code, sevenOff).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.amountOffCents")
			.isEqualTo(700)
			.jsonPath("$.revision")
			.isEqualTo(2)
			.jsonPath("$.active")
			.isEqualTo(true);

		quote(code).expectStatus().isOk().expectBody().jsonPath("$.promoDiscountCents").isEqualTo(700);
		assertThat(before.promoDiscountCents()).isEqualTo(500);
		TokenVerification signed = signer.verify(before.quoteToken(), Instant.now());
		assertThat(signed).isInstanceOf(TokenVerification.Valid.class);
		assertThat(((TokenVerification.Valid) signed).claims().promoDiscountCents()).isEqualTo(500);
		assertThat(((TokenVerification.Valid) signed).claims().finalPriceCents()).isEqualTo(before.finalPriceCents());
	}

	@Test
	void aDeactivatedCodeIsRefusedByNewQuotesAndListedAsInactiveUntilReactivated() {
		String code = newCode();
		QuoteView before = quote(code).expectStatus()
			.isOk()
			.expectBody(QuoteView.class)
			.returnResult()
			.getResponseBody();

		Map<String, Object> off = new HashMap<>(flatFive(code));
		off.put("active", false);
		change(admin(), code, off).expectStatus().isOk().expectBody().jsonPath("$.active").isEqualTo(false);

		quote(code).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("PROMO_INVALID")
			.jsonPath("$.error.field")
			.isEqualTo("promoCode")
			.jsonPath("$.error.details.reason")
			.isEqualTo("DEACTIVATED");
		assertThat(signer.verify(before.quoteToken(), Instant.now())).isInstanceOf(TokenVerification.Valid.class);
		list("active=false&serviceId=hmnp-ron-oath&size=100").jsonPath("$.promoCodes[?(@.code == '" + code + "')]")
			.exists();
		list("active=true&size=100").jsonPath("$.promoCodes[?(@.code == '" + code + "')]").doesNotExist();

		// terms changed without naming the state keep it
		change(admin(), code, flatFive(code)).expectStatus().isOk().expectBody().jsonPath("$.active").isEqualTo(false);
		Map<String, Object> on = new HashMap<>(flatFive(code));
		on.put("active", true);
		change(admin(), code, on).expectStatus().isOk();
		quote(code).expectStatus().isOk().expectBody().jsonPath("$.promoDiscountCents").isEqualTo(500);
	}

	@Test
	void aBadChangeIsRefusedAndChangesNothing() {
		String code = newCode();
		redemptions.redeem(UUID.randomUUID(), code, "ana@example.com").toFuture().join();

		Map<String, Object> belowRedeemed = new HashMap<>(flatFive(code));
		belowRedeemed.put("totalLimit", 0);
		change(admin(), code, belowRedeemed).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("VALIDATION_FAILED")
			.jsonPath("$.error.field")
			.isEqualTo("totalLimit");
		Map<String, Object> backwards = new HashMap<>(flatFive(code));
		backwards.put("validUntil", Instant.now().minus(Duration.ofDays(40)).toString());
		backwards.put("active", false);
		change(admin(), code, backwards).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.field")
			.isEqualTo("validUntil");
		Map<String, Object> renamed = new HashMap<>(flatFive(code + "X"));
		change(admin(), code, renamed).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.field")
			.isEqualTo("code");

		read(code).jsonPath("$.revision")
			.isEqualTo(1)
			.jsonPath("$.active")
			.isEqualTo(true)
			.jsonPath("$.totalLimit")
			.isEqualTo(3)
			.jsonPath("$.redeemed")
			.isEqualTo(1);
	}

	@Test
	void onlyAdminsListAndChangeCodesAndAnUnknownCodeIsNotFound() {
		String code = newCode();
		String client = tokens.mint("carla", Set.of(Role.CLIENT), null, Duration.ofMinutes(5));

		change(client, code, flatFive(code)).expectStatus().isForbidden();
		web.get()
			.uri("/api/v2/promo-codes")
			.header("Authorization", "Bearer " + client)
			.exchange()
			.expectStatus()
			.isForbidden();
		change(admin(), "NOSUCH" + code, flatFive("NOSUCH" + code)).expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("NOT_FOUND");
		web.get()
			.uri("/api/v2/promo-codes?size=1000")
			.header("Authorization", "Bearer " + admin())
			.exchange()
			.expectStatus()
			.isBadRequest();
		read(code).jsonPath("$.revision").isEqualTo(1);
	}

	private String newCode() {
		String code = "EDIT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		web.post()
			.uri("/api/v2/promo-codes")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + admin())
			.bodyValue(flatFive(code))
			.exchange()
			.expectStatus()
			.isCreated();
		return code;
	}

	private static Map<String, Object> flatFive(String code) {
		return Map.of("code", code, "amountOffCents", 500, "currency", "USD", "validFrom",
				Instant.now().minus(Duration.ofDays(30)).toString(), "validUntil",
				Instant.now().plus(Duration.ofDays(200)).toString(), "serviceIds", List.of("hmnp-ron-oath"),
				"totalLimit", 3);
	}

	private WebTestClient.ResponseSpec quote(String code) {
		ZoneId houston = ZoneId.of("America/Chicago");
		String tomorrowNoon = LocalDate.now(houston)
			.plusDays(1)
			.atTime(12, 0)
			.atZone(houston)
			.toOffsetDateTime()
			.toString();
		return web.post()
			.uri("/api/v2/services/pricing")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("serviceId", "hmnp-ron-oath", "scheduledDateTime", tomorrowNoon, "promoCode", code))
			.exchange();
	}

	private WebTestClient.BodyContentSpec list(String query) {
		return web.get()
			.uri("/api/v2/promo-codes?" + query)
			.header("Authorization", "Bearer " + admin())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

	private WebTestClient.BodyContentSpec read(String code) {
		return web.get()
			.uri("/api/v2/promo-codes/{code}", code)
			.header("Authorization", "Bearer " + admin())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

	private WebTestClient.ResponseSpec change(String token, String code, Map<String, Object> body) {
		return web.put()
			.uri("/api/v2/promo-codes/{code}", code)
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + token)
			.bodyValue(body)
			.exchange();
	}

	private String admin() {
		return tokens.mint("ada", Set.of(Role.ADMIN), null, Duration.ofMinutes(5));
	}

}
