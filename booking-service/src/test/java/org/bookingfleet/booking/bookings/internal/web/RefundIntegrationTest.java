package org.bookingfleet.booking.bookings.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.payment.PaymentSucceeded;
import org.bookingfleet.events.payment.RefundIssued;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * A booking paid $100 ($10 of it tax) and then refunded $25 keeps $75: its paid amount,
 * its refunds and the provider's revenue ($67.50 net, $7.50 tax) say so, however often
 * the refund is told; a refund of a payment the booking never took changes nothing.
 */
@FleetIntegrationTest
@AutoConfigureWebTestClient
class RefundIntegrationTest {

	@Autowired
	WebTestClient web;

	@Autowired
	BookingFixtures fixtures;

	@Test
	void aPartRefundComesOffThePaidAmountAndTheRevenueOnce() {
		BookingJourney journey = new BookingJourney(web, fixtures);
		long provider = fixtures.provider();
		BookingJourney.Booked booked = journey.request(provider, Duration.ofDays(3), 10_000, 0, null);
		fixtures.execute("update booking set quote = replace(quote, '\"taxesCents\":0', '\"taxesCents\":1000')"
				+ " where id = :id", booked.id());
		journey.reserve(booked);
		journey.awaitStatus(booked, "AWAITING_PAYMENT");
		UUID payment = UUID.randomUUID();
		fixtures.publish(new PaymentSucceeded(payment, booked.id(), "pi_" + booked.id(), 10_000, "USD"), booked.id());
		journey.awaitStatus(booked, "CONFIRMED");

		RefundIssued refund = new RefundIssued(payment, booked.id(), "re_" + booked.id(), 2_500, "USD");
		EventEnvelope told = fixtures.publish(refund, booked.id());
		fixtures.redeliver(told);
		fixtures.publish(refund, booked.id());
		fixtures.publish(new RefundIssued(UUID.randomUUID(), booked.id(), "re_other", 4_000, "USD"), booked.id());

		await().atMost(Duration.ofSeconds(30))
			.until(() -> fixtures.count("select count(*) from booking_refund where booking_id = :id",
					booked.id()) == 2);
		JsonNode view = journey.read(booked);
		assertThat(view.get("paidCents").longValue()).isEqualTo(7_500);
		assertThat(view.get("refundedCents").longValue()).isEqualTo(2_500);
		assertThat(view.get("balanceDueCents").longValue()).isZero();
		assertThat(view.get("owedCents").longValue()).as("a goodwill refund is not asked for again").isZero();
		assertThat(view.get("status").stringValue()).isEqualTo("CONFIRMED");
		assertThat(fixtures.count(
				"select count(*) from booking_audit where booking_id = :id" + " and action = 'REFUND_RECORDED'",
				booked.id()))
			.isEqualTo(2);

		JsonNode analytics = analytics(provider);
		assertThat(analytics.get("revenueCentsByCurrency").get("USD").longValue()).isEqualTo(7_500);
		JsonNode usd = analytics.get("revenueByCurrency").get("USD");
		assertThat(usd.get("netCents").longValue()).isEqualTo(6_750);
		assertThat(usd.get("taxCents").longValue()).isEqualTo(750);
		assertThat(usd.get("refundedCents").longValue()).isEqualTo(2_500);
		assertThat(analytics.get("revenueByDay")).hasSize(1);
		assertThat(analytics.get("revenueByDay").get(0).get("totalCents").longValue()).isEqualTo(7_500);
		assertThat(analytics.get("definitions").get("revenueByDay").stringValue()).contains("time zone");
	}

	private JsonNode analytics(long provider) {
		return web.get()
			.uri(uri -> uri.path("/api/v2/bookings/analytics")
				.queryParam("providerId", provider)
				.queryParam("from", Instant.now())
				.queryParam("to", Instant.now().plus(Duration.ofDays(5)))
				.build())
			.header(HttpHeaders.AUTHORIZATION, fixtures.provider(provider))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

}
