package org.bookingfleet.payment.billing.internal.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;

import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.CardException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.RateLimitException;
import org.bookingfleet.payment.billing.intent.IntentAttempt;
import org.bookingfleet.payment.billing.stripe.StripeIntent;
import org.bookingfleet.payment.billing.stripe.StripeRefused;
import org.bookingfleet.payment.billing.stripe.StripeUnavailable;
import org.bookingfleet.payment.money.Money;
import org.bookingfleet.sandbox.stripe.server.StripeSandbox;
import org.bookingfleet.sandbox.stripe.webhook.RetrySchedule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway against the Stripe sandbox over HTTP: what is retried, with which key, and
 * what is given up.
 */
class StripeGatewayTest {

	private final StripeSandbox sandbox = start();

	private final StripeGateway gateway = new StripeGateway(new StripeProperties(sandbox.baseUrl().toString(),
			"sk_test_gateway", null, "whsec_unused", Duration.ofSeconds(3), 3, Duration.ofMillis(20), null, null));

	@AfterEach
	void stop() {
		sandbox.close();
	}

	@Test
	void anAnswerLostAfterStripeCreatedTheIntentIsRetriedWithTheSameKeyAndOneIntentExists() {
		UUID bookingId = UUID.randomUUID();
		sandbox.loseNextResponses(2);

		StripeIntent intent = gateway.createIntent(IntentAttempt.first(bookingId), Money.of(4_200, "EUR"), "Booking")
			.toFuture()
			.join();

		assertThat(intent.clientSecret()).startsWith(intent.id() + "_secret_");
		assertThat(sandbox.account().paymentIntentsWithMetadata("booking_id", bookingId.toString())).hasSize(1);
	}

	@Test
	void theNextAttemptOfABookingCreatesItsOwnIntent() {
		UUID bookingId = UUID.randomUUID();
		IntentAttempt first = IntentAttempt.first(bookingId);

		StripeIntent one = gateway.createIntent(first, Money.of(4_200, "EUR"), "Booking").toFuture().join();
		StripeIntent again = gateway.createIntent(first, Money.of(4_200, "EUR"), "Booking").toFuture().join();
		StripeIntent two = gateway.createIntent(first.next(), Money.of(4_200, "EUR"), "Booking").toFuture().join();

		assertThat(again.id()).isEqualTo(one.id());
		assertThat(two.id()).isNotEqualTo(one.id());
		assertThat(sandbox.account().paymentIntentsWithMetadata("booking_id", bookingId.toString())).hasSize(2);
	}

	@Test
	void aRefusalIsNotRetriedAndSaysWhy() {
		StripeIntent open = gateway.createIntent(IntentAttempt.first(UUID.randomUUID()), Money.of(1_000, "USD"), "B")
			.toFuture()
			.join();

		assertThatThrownBy(() -> gateway.refund(open.id(), 500, "refund-" + UUID.randomUUID(), null).toFuture().join())
			.isInstanceOf(CompletionException.class)
			.hasCauseInstanceOf(StripeRefused.class);
	}

	@Test
	void anUnreachableStripeIsUnavailableAfterTheRetries() {
		sandbox.close();

		assertThatThrownBy(() -> gateway.intent("pi_anything").toFuture().join())
			.isInstanceOf(CompletionException.class)
			.hasCauseInstanceOf(StripeUnavailable.class);
	}

	@Test
	void networkErrorsConflictsRateLimitsAndServerErrorsAreWorthRetryingAndRefusalsAreNot() {
		assertThat(StripeGateway.isTransient(new ApiConnectionException("connection refused"))).isTrue();
		assertThat(StripeGateway.isTransient(new ApiException("boom", "req", null, 500, null))).isTrue();
		assertThat(StripeGateway
			.isTransient(new InvalidRequestException("in use", null, "req", "idempotency_key_in_use", 409, null)))
			.isTrue();
		assertThat(StripeGateway.isTransient(new RateLimitException("slow down", null, "req", null, 429, null)))
			.isTrue();
		assertThat(StripeGateway
			.isTransient(new InvalidRequestException("missing", "amount", "req", "parameter_missing", 400, null)))
			.isFalse();
		assertThat(StripeGateway.isTransient(
				new CardException("declined", "req", "card_declined", null, "generic_decline", null, 402, null)))
			.isFalse();
	}

	private static StripeSandbox start() {
		try {
			return StripeSandbox.start(0, List.of(), "whsec_unused",
					new RetrySchedule(1, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(1)));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
