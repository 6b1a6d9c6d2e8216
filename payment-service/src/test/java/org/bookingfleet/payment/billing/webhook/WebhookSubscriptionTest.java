package org.bookingfleet.payment.billing.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each way of running the fleet enables the Stripe sandbox's webhook endpoint for exactly
 * the events this service reads: one it missed would never arrive, one more would cost a
 * signed call through the gateway for nothing.
 */
class WebhookSubscriptionTest {

	private static final Pattern ENABLED_EVENTS = Pattern
		.compile("SANDBOX_WEBHOOK_EVENTS\\W+(?:value: )?(?:\\$\\{SANDBOX_WEBHOOK_EVENTS:-)?([a-z_.,]+)");

	@ParameterizedTest
	@ValueSource(strings = { "fleet", "docker-compose.yml", "deploy/overlays/local/stripe-sandbox/deployment.yaml" })
	void theSandboxSendsWhatThisServiceReads(String file) throws IOException {
		Matcher enabled = ENABLED_EVENTS.matcher(Files.readString(Path.of("..").resolve(file)));

		assertThat(enabled.find()).as("%s names SANDBOX_WEBHOOK_EVENTS", file).isTrue();
		Set<String> types = Arrays.stream(enabled.group(1).split(",")).collect(Collectors.toSet());
		assertThat(types).as(file).isEqualTo(StripeEventReading.HANDLED);
	}

}
