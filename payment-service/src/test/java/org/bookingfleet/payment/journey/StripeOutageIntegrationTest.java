package org.bookingfleet.payment.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.bookingfleet.events.EventCodec;
import org.bookingfleet.platform.kafka.EventPublisher;
import org.bookingfleet.platform.security.JwtTokens;
import org.bookingfleet.platform.security.Role;
import org.bookingfleet.sandbox.stripe.server.StripeSandbox;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@FleetIntegrationTest
@AutoConfigureWebTestClient
class StripeOutageIntegrationTest {

	static final int STRIPE_PORT = freePort();

	static StripeSandbox sandbox = LocalStripe.start(STRIPE_PORT);

	@DynamicPropertySource
	static void stripe(DynamicPropertyRegistry registry) {
		LocalStripe.register(registry, sandbox);
	}

	@AfterAll
	static void stopSandbox() {
		sandbox.close();
	}

	@Autowired
	DatabaseClient database;

	@Autowired
	EventCodec codec;

	@Autowired
	EventPublisher publisher;

	@Autowired
	WebTestClient web;

	@Autowired
	JwtTokens tokens;

	@Test
	void anIntentAskedForDuringAStripeOutageIsCreatedOnceStripeIsBack() {
		sandbox.close();
		UUID bookingId = UUID.randomUUID();
		new BookingEvents(codec, publisher).publish(BookingEvents.awaitingPayment(bookingId), bookingId);

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(column(bookingId, "status")).isEqualTo("CREATING");
			assertThat(Integer.parseInt(column(bookingId, "tries"))).isGreaterThanOrEqualTo(2);
		});
		sandbox = LocalStripe.start(STRIPE_PORT);

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(column(bookingId, "status")).isEqualTo("REQUIRES_PAYMENT"));
		String customer = "Bearer " + tokens.mint(PaymentFixtures.CUSTOMER, Set.of(Role.CLIENT), null,
				Duration.ofHours(1));
		web.post()
			.uri("/api/v2/payments/intent")
			.header("Authorization", customer)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"bookingId\":\"" + bookingId + "\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paymentIntentId").isEqualTo(column(bookingId, "payment_intent_id"))
			.jsonPath("$.attempt").isEqualTo(1);
		List<?> intents = sandbox.account().paymentIntentsWithMetadata("booking_id", bookingId.toString());
		assertThat(intents).hasSize(1);
	}

	private String column(UUID bookingId, String column) {
		return database.sql("select " + column + "::text as value from payment where booking_id = :booking")
			.bind("booking", bookingId)
			.map(row -> row.get("value", String.class))
			.one()
			.defaultIfEmpty("")
			.toFuture()
			.join();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
