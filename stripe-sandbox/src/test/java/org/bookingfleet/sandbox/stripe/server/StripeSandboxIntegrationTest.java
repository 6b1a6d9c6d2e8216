package org.bookingfleet.sandbox.stripe.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.stripe.StripeClient;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.PaymentIntentConfirmParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.bookingfleet.sandbox.stripe.webhook.EnabledEvents;
import org.bookingfleet.sandbox.stripe.webhook.RetrySchedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * stripe-java, as the services use it, against the sandbox over HTTP; webhooks checked by
 * stripe-java too.
 */
class StripeSandboxIntegrationTest {

	private static final String SECRET = "whsec_sandbox_test";

	private StripeSandbox sandbox;

	private HttpServer receiver;

	private final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();

	private final AtomicInteger failuresToAnswer = new AtomicInteger();

	private StripeClient stripe;

	private URI endpoint;

	@BeforeEach
	void start() throws IOException {
		receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		receiver.createContext("/webhooks", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			deliveries.add(new Delivery(body, exchange.getRequestHeaders().getFirst("Stripe-Signature")));
			exchange.sendResponseHeaders(failuresToAnswer.getAndDecrement() > 0 ? 500 : 200, -1);
			exchange.close();
		});
		receiver.start();
		endpoint = URI.create("http://localhost:" + receiver.getAddress().getPort() + "/webhooks");
		sandbox = StripeSandbox.start(0, List.of(endpoint), SECRET,
				new RetrySchedule(5, Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(5)));
		stripe = StripeClient.builder().setApiKey("sk_test_sandbox").setApiBase(sandbox.baseUrl().toString()).build();
	}

	@AfterEach
	void stop() {
		sandbox.close();
		receiver.stop(0);
	}

	@Test
	void theSameIdempotencyKeyCreatesOneIntentAndReplaysIt() throws Exception {
		PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
			.setAmount(5000L)
			.setCurrency("usd")
			.putMetadata("booking_id", "booking-1")
			.build();
		RequestOptions key = RequestOptions.builder().setIdempotencyKey("booking-1-intent-1").build();

		PaymentIntent first = stripe.v1().paymentIntents().create(params, key);
		PaymentIntent second = stripe.v1().paymentIntents().create(params, key);

		assertThat(second.getId()).isEqualTo(first.getId());
		assertThat(second.getClientSecret()).isEqualTo(first.getClientSecret());
		assertThat(sandbox.account().paymentIntentsWithMetadata("booking_id", "booking-1")).hasSize(1);
	}

	@Test
	void aLostAnswerIsReplayedToTheRetryWithTheSameKey() throws Exception {
		StripeClient retrying = StripeClient.builder()
			.setApiKey("sk_test_sandbox")
			.setApiBase(sandbox.baseUrl().toString())
			.setMaxNetworkRetries(2)
			.build();
		sandbox.loseNextResponses(1);

		PaymentIntent intent = retrying.v1()
			.paymentIntents()
			.create(PaymentIntentCreateParams.builder()
				.setAmount(700L)
				.setCurrency("usd")
				.putMetadata("booking_id", "lost-1")
				.build(), RequestOptions.builder().setIdempotencyKey("lost-answer").build());

		assertThat(intent.getAmount()).isEqualTo(700L);
		assertThat(sandbox.account().paymentIntentsWithMetadata("booking_id", "lost-1")).hasSize(1);
	}

	@Test
	void theSameKeyWithAnotherAmountIsAnIdempotencyError() throws Exception {
		RequestOptions key = RequestOptions.builder().setIdempotencyKey("k-amount").build();
		stripe.v1()
			.paymentIntents()
			.create(PaymentIntentCreateParams.builder().setAmount(5000L).setCurrency("usd").build(), key);

		assertThatExceptionOfType(IdempotencyException.class).isThrownBy(() -> stripe.v1()
			.paymentIntents()
			.create(PaymentIntentCreateParams.builder().setAmount(6000L).setCurrency("usd").build(), key));
	}

	@Test
	void aDeclinedCardIsACardExceptionAndAnotherCardThenPays() throws Exception {
		PaymentIntent intent = stripe.v1()
			.paymentIntents()
			.create(PaymentIntentCreateParams.builder().setAmount(2500L).setCurrency("gbp").build());

		assertThatExceptionOfType(CardException.class)
			.isThrownBy(() -> stripe.v1()
				.paymentIntents()
				.confirm(intent.getId(),
						PaymentIntentConfirmParams.builder()
							.setPaymentMethod("pm_card_chargeDeclinedInsufficientFunds")
							.build()))
			.satisfies(ex -> {
				assertThat(ex.getCode()).isEqualTo("card_declined");
				assertThat(ex.getDeclineCode()).isEqualTo("insufficient_funds");
				assertThat(ex.getStatusCode()).isEqualTo(402);
			});

		PaymentIntent paid = stripe.v1()
			.paymentIntents()
			.confirm(intent.getId(), PaymentIntentConfirmParams.builder().setPaymentMethod("pm_card_visa").build());
		Refund refund = stripe.v1()
			.refunds()
			.create(RefundCreateParams.builder().setPaymentIntent(intent.getId()).setAmount(1000L).build());

		assertThat(paid.getStatus()).isEqualTo("succeeded");
		assertThat(refund.getAmount()).isEqualTo(1000L);
		assertThat(refund.getStatus()).isEqualTo("succeeded");
	}

	@Test
	void webhooksAreSignedAsStripeSignsThemAndRetriedUntilAccepted() throws Exception {
		failuresToAnswer.set(2);

		stripe.v1()
			.paymentIntents()
			.create(PaymentIntentCreateParams.builder().setAmount(100L).setCurrency("usd").build());

		Delivery first = next();
		Delivery second = next();
		Delivery third = next();
		for (Delivery delivery : List.of(first, second, third)) {
			Event event = Webhook.constructEvent(delivery.payload(), delivery.signature(), SECRET, 300);
			assertThat(event.getType()).isEqualTo("payment_intent.created");
		}
		assertThat(second.payload()).isEqualTo(first.payload());
		assertThat(third.payload()).isEqualTo(first.payload());
		assertThat(deliveries.poll(300, TimeUnit.MILLISECONDS)).isNull();
	}

	@Test
	void anEndpointIsSentOnlyTheEventsItIsEnabledFor() throws Exception {
		sandbox.close();
		sandbox = StripeSandbox.start(0, List.of(endpoint),
				EnabledEvents.parse("payment_intent.succeeded, charge.refunded"), SECRET,
				new RetrySchedule(5, Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(5)));
		stripe = StripeClient.builder().setApiKey("sk_test_sandbox").setApiBase(sandbox.baseUrl().toString()).build();

		PaymentIntent intent = stripe.v1()
			.paymentIntents()
			.create(PaymentIntentCreateParams.builder().setAmount(900L).setCurrency("usd").build());
		stripe.v1()
			.paymentIntents()
			.confirm(intent.getId(), PaymentIntentConfirmParams.builder().setPaymentMethod("pm_card_visa").build());
		stripe.v1().refunds().create(RefundCreateParams.builder().setPaymentIntent(intent.getId()).build());

		assertThat(List.of(eventType(next()), eventType(next()))).containsExactly("payment_intent.succeeded",
				"charge.refunded");
		assertThat(deliveries.poll(300, TimeUnit.MILLISECONDS))
			.as("payment_intent.created, charge.succeeded and refund.created are not enabled")
			.isNull();
	}

	@Test
	void aRequestWithoutAnApiKeyIsUnauthorized() {
		StripeClient anonymous = StripeClient.builder().setApiKey("").setApiBase(sandbox.baseUrl().toString()).build();

		assertThatExceptionOfType(AuthenticationException.class).isThrownBy(() -> anonymous.v1()
			.paymentIntents()
			.create(PaymentIntentCreateParams.builder().setAmount(100L).setCurrency("usd").build()));
	}

	private static String eventType(Delivery delivery) throws Exception {
		return Webhook.constructEvent(delivery.payload(), delivery.signature(), SECRET, 300).getType();
	}

	private Delivery next() throws InterruptedException {
		Delivery delivery = deliveries.poll(10, TimeUnit.SECONDS);
		assertThat(delivery).as("a webhook delivery").isNotNull();
		return delivery;
	}

	private record Delivery(String payload, String signature) {
	}

}
