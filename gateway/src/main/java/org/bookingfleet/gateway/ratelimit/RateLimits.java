package org.bookingfleet.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The named limits routes refer to ({@code ClientRateLimit=pricing}), how many proxies in front of the gateway
 * are trusted to name the client in {@code X-Forwarded-For}, and how long a limit check may wait for Redis.
 */
@ConfigurationProperties("fleet.gateway")
public record RateLimits(Map<String, Limit> rateLimits, @DefaultValue("0") int trustedProxies,
		@DefaultValue("300ms") Duration rateLimitTimeout) {

	public RateLimits {
		rateLimits = (rateLimits != null) ? Map.copyOf(rateLimits) : Map.of();
	}

	Limit named(String name) {
		Limit limit = this.rateLimits.get(name);
		if (limit == null) {
			throw new IllegalArgumentException("no rate limit named " + name + " under fleet.gateway.rate-limits");
		}
		return limit;
	}

	/** {@code limit} requests per {@code period} for one client on one route. */
	public record Limit(int limit, @DefaultValue("1m") Duration period) {

		public Limit {
			if (limit < 1) {
				throw new IllegalArgumentException("a rate limit allows at least one request");
			}
			if (period.toSeconds() < 1) {
				throw new IllegalArgumentException("a rate limit's period is at least one second");
			}
		}

		long periodSeconds() {
			return this.period.toSeconds();
		}

	}

}
