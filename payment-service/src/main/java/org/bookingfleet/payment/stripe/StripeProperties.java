package org.bookingfleet.payment.stripe;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Stripe is and how patiently to call it: real Stripe in production, the local
 * sandbox in development and tests, always over the network the same way.
 */
@ConfigurationProperties("payment.stripe")
public record StripeProperties(String apiBase, String secretKey, String publishableKey, String webhookSecret,
		Duration timeout, int attempts, Duration firstBackoff, Duration workInterval, Duration workLease) {

	public StripeProperties {
		timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
		attempts = attempts < 1 ? 3 : attempts;
		firstBackoff = firstBackoff == null ? Duration.ofMillis(200) : firstBackoff;
		workInterval = workInterval == null ? Duration.ofSeconds(1) : workInterval;
		workLease = workLease == null ? Duration.ofSeconds(30) : workLease;
	}

}
