package org.bookingfleet.payment.billing.internal.stripe;

import java.time.Duration;

import org.bookingfleet.platform.LeasedWork;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Stripe is and how patiently to call it: real Stripe in production, the local
 * sandbox in development and tests, always over the network the same way. The work
 * waiting for Stripe (PaymentIntents to create or cancel, refunds to send) is looked for
 * every {@code workInterval} and claimed for {@code workLease}.
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

	/**
	 * How the work waiting for Stripe is taken up: at most {@code batchSize} items
	 * claimed at a time, {@code concurrency} of them with Stripe at once on this
	 * instance.
	 */
	public LeasedWork.Lease lease(int batchSize, int concurrency) {
		return new LeasedWork.Lease(workInterval, workLease, batchSize, concurrency);
	}

}
