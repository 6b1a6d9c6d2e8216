package org.bookingfleet.payment.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.bookingfleet.sandbox.stripe.server.StripeSandbox;
import org.bookingfleet.sandbox.stripe.webhook.RetrySchedule;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The Stripe sandbox a test class runs its service against, reached over HTTP exactly
 * like Stripe.
 */
final class LocalStripe {

	static final String WEBHOOK_SECRET = "whsec_payment_service_tests";

	static final RetrySchedule QUICK_RETRIES = new RetrySchedule(6, Duration.ofMillis(100), Duration.ofSeconds(1),
			Duration.ofSeconds(5));

	private LocalStripe() {
	}

	static StripeSandbox start(int port) {
		try {
			return StripeSandbox.start(port, List.of(), WEBHOOK_SECRET, QUICK_RETRIES);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void register(DynamicPropertyRegistry registry, StripeSandbox sandbox) {
		registry.add("payment.stripe.api-base", () -> sandbox.baseUrl().toString());
		registry.add("payment.stripe.webhook-secret", () -> WEBHOOK_SECRET);
	}

	static URI webhookEndpoint(int servicePort) {
		return URI.create("http://localhost:" + servicePort + "/api/v2/webhooks/stripe");
	}

}
