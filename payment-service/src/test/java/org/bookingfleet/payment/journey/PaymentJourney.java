package org.bookingfleet.payment.journey;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.bookingfleet.events.EventCodec;
import org.bookingfleet.payment.billing.internal.store.DueBookings;
import org.bookingfleet.payment.billing.internal.store.IntentView;
import org.bookingfleet.payment.billing.internal.store.Payments;
import org.bookingfleet.platform.kafka.EventPublisher;
import org.bookingfleet.platform.security.JwtTokens;
import org.bookingfleet.platform.security.Role;
import org.bookingfleet.sandbox.stripe.server.StripeSandbox;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The payment service on its real database and broker, against a Stripe sandbox of its
 * own that sends its webhooks to it, with the customer's token, the booking events and
 * the bookings waiting for money a journey starts from. Every test class gets its own
 * sandbox and its own service (its own database): the service is closed with the class,
 * so the next class never meets a sandbox already stopped.
 */
@FleetIntegrationTest
@AutoConfigureWebTestClient
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class PaymentJourney {

	static StripeSandbox sandbox;

	@BeforeAll
	static void startSandbox() {
		sandbox = LocalStripe.start(0);
	}

	@DynamicPropertySource
	static void stripe(DynamicPropertyRegistry registry) {
		LocalStripe.register(registry, sandbox);
	}

	@AfterAll
	static void stopSandbox() {
		sandbox.close();
	}

	@Autowired
	WebTestClient web;

	@Autowired
	DatabaseClient database;

	@Autowired
	EventCodec codec;

	@Autowired
	EventPublisher publisher;

	@Autowired
	JwtTokens tokens;

	@Autowired
	DueBookings dueBookings;

	@Autowired
	Payments payments;

	@LocalServerPort
	int port;

	String customer;

	BookingEvents events;

	PaymentFixtures fixtures;

	@BeforeEach
	void deliverWebhooksHere() {
		sandbox.deliverWebhooksTo(List.of(LocalStripe.webhookEndpoint(port)));
		customer = "Bearer " + tokens.mint(PaymentFixtures.CUSTOMER, Set.of(Role.CLIENT), null, Duration.ofHours(1));
		events = new BookingEvents(codec, publisher);
		fixtures = new PaymentFixtures(dueBookings, payments);
	}

	/**
	 * What the booking page does first: ask for the booking's PaymentIntent as its
	 * customer.
	 */
	IntentView requestIntent(UUID bookingId) {
		return web.post()
			.uri("/api/v2/payments/intent")
			.header("Authorization", customer)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"bookingId\":\"" + bookingId + "\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(IntentView.class)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * What the booking page does with the client secret: confirm the intent at Stripe
	 * with a card.
	 */
	WebTestClient.ResponseSpec payInBrowser(IntentView intent, String paymentMethod) {
		return WebTestClient.bindToServer()
			.baseUrl(sandbox.baseUrl().toString())
			.build()
			.post()
			.uri("/v1/payment_intents/{id}/confirm", intent.paymentIntentId())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("client_secret=" + intent.clientSecret() + "&payment_method=" + paymentMethod)
			.exchange();
	}

}
