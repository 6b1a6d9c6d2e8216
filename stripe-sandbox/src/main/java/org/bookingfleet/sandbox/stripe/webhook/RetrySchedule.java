package org.bookingfleet.sandbox.stripe.webhook;

import java.time.Duration;

/**
 * How often and how patiently a webhook is delivered: delays double from the first, up to
 * the ceiling.
 */
public record RetrySchedule(int attempts, Duration firstDelay, Duration maxDelay, Duration timeout) {

	public RetrySchedule {
		if (attempts < 1) {
			throw new IllegalArgumentException("at least one attempt");
		}
	}

	public Duration delayAfter(int attempt) {
		Duration delay = firstDelay.multipliedBy(1L << Math.min(attempt - 1, 30));
		return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
	}

}
