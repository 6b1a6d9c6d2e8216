package org.bookingfleet.pricing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

import org.bookingfleet.platform.tokens.AddressKey;
import org.bookingfleet.pricing.catalog.DemoCatalog;
import org.bookingfleet.pricing.quote.QuoteBinding;
import org.bookingfleet.pricing.quote.QuoteClaims;
import org.bookingfleet.pricing.quote.TokenVerification;
import org.bookingfleet.pricing.quote.internal.token.QuoteSigner;
import org.bookingfleet.pricing.quote.internal.web.QuoteView;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@FleetIntegrationTest
@AutoConfigureWebTestClient
class QuoteBindingIntegrationTest {

	private static final ZoneId HOUSTON = ZoneId.of("America/Chicago");

	private static final ZoneId DENVER = ZoneId.of("America/Denver");

	@Autowired
	WebTestClient web;

	@Autowired
	QuoteSigner signer;

	@Test
	void quoteSignsTheAddressItWasPricedForAndThePromoLimitsEvenWithoutACustomer() {
		Map<String, Object> address = Map.of("line1", " 1  Main St ", "city", "Houston", "state", "TX", "postalCode",
				"77002", "country", "US", "lat", DemoCatalog.HOUSTON_CENTRE.latitude(), "lng",
				DemoCatalog.HOUSTON_CENTRE.longitude());
		QuoteView quote = post(Map.of("serviceId", "hmnp-standard-notary", "scheduledDateTime",
				weekdayAt(HOUSTON, LocalTime.of(10, 0), 3).toString(), "address", address, "promoCode", "welcome10"))
			.expectStatus()
			.isOk()
			.expectBody(QuoteView.class)
			.returnResult()
			.getResponseBody();

		QuoteBinding binding = claims(quote).binding().orElseThrow();
		String key = AddressKey.of(" 1  Main St ", "Houston", "TX", "77002", "US",
				DemoCatalog.HOUSTON_CENTRE.latitude(), DemoCatalog.HOUSTON_CENTRE.longitude());
		assertThat(binding.address()).contains(key);
		assertThat(binding.customerEmail()).isEmpty();
		assertThat(binding.promoTotalLimit()).isEqualTo(OptionalLong.of(100));
		assertThat(binding.promoPerCustomerLimit()).isEqualTo(OptionalLong.of(1));
		assertThat(quote.address()).isEqualTo(key);
		assertThat(quote.customerEmail()).isNull();
		assertThat(quote.promoTotalLimit()).isEqualTo(100);
		assertThat(quote.promoPerCustomerLimit()).isEqualTo(1);
	}

	@Test
	void quoteSignsTheCustomerThePromoWasCheckedForInItsComparedForm() {
		String email = "Ana." + UUID.randomUUID() + "@Example.COM";
		QuoteView quote = post(Map.of("serviceId", "fa-paediatric-first-aid", "scheduledDateTime",
				weekdayAt(ZoneId.of("Europe/London"), LocalTime.of(9, 0), 7).toString(), "attendees", 5, "promoCode",
				"TEAM15", "customerEmail", "  " + email + " "))
			.expectStatus()
			.isOk()
			.expectBody(QuoteView.class)
			.returnResult()
			.getResponseBody();

		QuoteBinding binding = claims(quote).binding().orElseThrow();
		assertThat(binding.customerEmail()).contains(email.toLowerCase());
		assertThat(binding.address()).isEmpty();
		assertThat(binding.promoTotalLimit()).isEmpty();
		assertThat(binding.promoPerCustomerLimit()).isEqualTo(OptionalLong.of(2));
		assertThat(quote.customerEmail()).isEqualTo(email.toLowerCase());
		assertThat(quote.promoTotalLimit()).isNull();
	}

	@Test
	void quoteWithoutAddressOrPromoSignsThemAsNothing() {
		QuoteView quote = post(Map.of("serviceId", "hmnp-ron-oath", "scheduledDateTime",
				weekdayAt(HOUSTON, LocalTime.of(3, 0), 2).toString()))
			.expectStatus()
			.isOk()
			.expectBody(QuoteView.class)
			.returnResult()
			.getResponseBody();

		assertThat(claims(quote).binding()).contains(QuoteBinding.none());
	}

	@Test
	void hourlyQuoteSignsTheChosenLengthAndAFixedOneTheServicesOwn() {
		Map<String, Object> denver = Map.of("lat", DemoCatalog.DENVER_CENTRE.latitude(), "lng",
				DemoCatalog.DENVER_CENTRE.longitude());
		QuoteView hourly = post(Map.of("serviceId", "pro-handyman", "scheduledDateTime",
				weekdayAt(DENVER, LocalTime.of(10, 0), 3).toString(), "address", denver, "durationMinutes", 150))
			.expectStatus()
			.isOk()
			.expectBody(QuoteView.class)
			.returnResult()
			.getResponseBody();
		QuoteView fixed = post(Map.of("serviceId", "hmnp-ron-oath", "scheduledDateTime",
				weekdayAt(HOUSTON, LocalTime.of(3, 0), 2).toString(), "durationMinutes", 90))
			.expectStatus()
			.isOk()
			.expectBody(QuoteView.class)
			.returnResult()
			.getResponseBody();

		assertThat(claims(hourly).durationMinutes()).isEqualTo(150);
		assertThat(hourly.durationMinutes()).isEqualTo(150);
		assertThat(claims(fixed).durationMinutes()).isEqualTo(30);
		assertThat(fixed.durationMinutes()).isEqualTo(30);
	}

	private QuoteClaims claims(QuoteView quote) {
		TokenVerification verification = signer.verify(quote.quoteToken(), quote.issuedAt());
		assertThat(verification).isInstanceOf(TokenVerification.Valid.class);
		return ((TokenVerification.Valid) verification).claims();
	}

	private WebTestClient.ResponseSpec post(Map<String, Object> body) {
		return web.post()
			.uri("/api/v2/services/pricing")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	/**
	 * The first weekday at least {@code daysAhead} days from now, at a local time in the
	 * zone.
	 */
	private static Instant weekdayAt(ZoneId zone, LocalTime time, int daysAhead) {
		LocalDate day = LocalDate.now(zone).plusDays(daysAhead);
		while (List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).contains(day.getDayOfWeek())) {
			day = day.plusDays(1);
		}
		return day.atTime(time).atZone(zone).toInstant();
	}

}
