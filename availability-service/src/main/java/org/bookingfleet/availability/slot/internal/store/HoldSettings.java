package org.bookingfleet.availability.slot.internal.store;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a hold lasts, how far around a taken slot alternatives are searched and how
 * many are offered ({@code availability.holds.*}).
 */
@ConfigurationProperties("availability.holds")
public record HoldSettings(Duration ttl, Duration alternativesRadius, int alternatives, Duration sweepInterval) {

	public HoldSettings {
		ttl = ttl == null ? Duration.ofMinutes(5) : ttl;
		alternativesRadius = alternativesRadius == null ? Duration.ofDays(3) : alternativesRadius;
		alternatives = alternatives <= 0 ? 5 : alternatives;
		sweepInterval = sweepInterval == null ? Duration.ofSeconds(1) : sweepInterval;
	}
}
