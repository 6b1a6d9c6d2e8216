package org.bookingfleet.fleettests.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bookingfleet.fleettests.api.Storefront.RON;
import static org.bookingfleet.fleettests.api.Storefront.RON_ZONE;

import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

import org.bookingfleet.fleettests.api.Answer;
import org.bookingfleet.fleettests.api.Caller;
import org.bookingfleet.fleettests.api.Gateway;
import org.bookingfleet.fleettests.api.Json;
import org.bookingfleet.fleettests.api.Storefront;
import org.bookingfleet.fleettests.api.Storefront.Held;
import org.bookingfleet.fleettests.api.Tokens;
import org.bookingfleet.fleettests.fleet.WithFleet;
import org.bookingfleet.fleettests.invariants.FleetDatabases;
import org.bookingfleet.fleettests.invariants.FleetInvariants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A signed quote is good for what it was asked for only: its address, and a promo code
 * within its limits.
 */
@WithFleet
class BoundQuotesIntegrationTest {

	private static final String MOBILE_NOTARY = "hmnp-standard-notary";

	@Test
	void aHoustonQuoteDoesNotPriceADallasAppointment() {
		long notary = Storefront.openProvider(MOBILE_NOTARY, RON_ZONE);
		Storefront.payAtAppointment(notary);
		Instant start = Storefront.localTime(RON_ZONE, 4, LocalTime.of(11, 0));
		String email = Storefront.newEmail("travelling");
		Held held = Storefront.held(MOBILE_NOTARY, notary, start, 1);
		ObjectNode ask = Storefront.quoteRequest(MOBILE_NOTARY, start, 1, email);
		ask.set("address", Addresses.houston());
		String quoteToken = Storefront.quote(ask).path("quoteToken").asString();

		ObjectNode elsewhere = Storefront.request(MOBILE_NOTARY, held, quoteToken, email, 1);
		elsewhere.set("address", Addresses.dallas());
		Answer refused = Storefront.book(elsewhere, UUID.randomUUID().toString(), Caller.ANONYMOUS);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
		assertThat(refused.errorCode()).isEqualTo("QUOTE_INVALID");
		assertThat(refused.json().path("error").path("field").asString()).isEqualTo("address");
		assertThat(FleetDatabases.count("booking", "select count(*) from booking where customer_email = ?", email))
			.as("bookings stored for the refused request")
			.isZero();

		ObjectNode quoted = Storefront.request(MOBILE_NOTARY, held, quoteToken, email, 1);
		quoted.set("address", Addresses.houston());
		Answer created = Storefront.book(quoted, UUID.randomUUID().toString(), Caller.ANONYMOUS);
		assertThat(created.status()).as("the same hold at the quoted address " + created).isIn(201, 202);
		Storefront.awaitStatus(created.field("id"), Caller.guest(created.field("accessToken")), "CONFIRMED");
		FleetInvariants.hold();
	}

	@Test
	void aOnePerCustomerPromoCodeIsRefusedToItsSecondBookingByTheSameEmail() {
		String code = "ONCE" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		ObjectNode promo = Json.object()
			.put("code", code)
			.put("amountOffCents", 500)
			.put("currency", "USD")
			.put("validFrom", Instant.now().minusSeconds(86_400).toString())
			.put("validUntil", Instant.now().plusSeconds(200L * 86_400).toString())
			.put("perCustomerLimit", 1);
		promo.putArray("serviceIds").add(RON);
		Answer created = Gateway.post("/api/v2/promo-codes", Tokens.admin(), promo);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);

		long notary = Storefront.openProvider(RON, RON_ZONE);
		Storefront.payAtAppointment(notary);
		String email = Storefront.newEmail("thrifty");
		ObjectNode first = promoRequest(notary, Storefront.localTime(RON_ZONE, 3, LocalTime.of(10, 0)), email, code);
		ObjectNode second = promoRequest(notary, Storefront.localTime(RON_ZONE, 4, LocalTime.of(10, 0)), email, code);

		Answer once = Storefront.book(first, UUID.randomUUID().toString(), Caller.ANONYMOUS);
		assertThat(once.status()).as(once.toString()).isIn(201, 202);
		Storefront.awaitStatus(once.field("id"), Caller.guest(once.field("accessToken")), "CONFIRMED");
		Answer twice = Storefront.book(second, UUID.randomUUID().toString(), Caller.ANONYMOUS);
		assertThat(twice.status()).as(twice.toString()).isEqualTo(422);
		assertThat(twice.errorCode()).isEqualTo("PROMO_LIMIT_REACHED");
		assertThat(twice.json().path("error").path("field").asString()).isEqualTo("promoCode");
		FleetInvariants.hold();
	}

	/**
	 * Held and quoted with the code before either booking is made, so only the booking's
	 * commit can count it.
	 */
	private static ObjectNode promoRequest(long notary, Instant start, String email, String code) {
		Held held = Storefront.held(RON, notary, start, 1);
		JsonNode quote = Storefront.quote(Storefront.quoteRequest(RON, start, 1, email).put("promoCode", code));
		assertThat(quote.path("promoDiscountCents").asLong()).as(quote.toString()).isEqualTo(500);
		return Storefront.request(RON, held, quote.path("quoteToken").asString(), email, 1).put("promoCode", code);
	}

}
