package org.bookingfleet.gateway.ratelimit.internal.web;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The named limits routes refer to ({@code ClientRateLimit=pricing}), how many proxies in
 * front of the gateway are trusted to name the client in {@code X-Forwarded-For}, how
 * long a limit check may wait for Redis, and the most requests of a client's allowance
 * one gateway takes from Redis at once (1: every request asks Redis).
 */
@ConfigurationProperties("fleet.gateway")
public record RateLimits(Map<String, Limit> rateLimits, @DefaultValue("0") int trustedProxies,
		@DefaultValue("300ms") Duration rateLimitTimeout, @DefaultValue("64") int rateLimitLease) {

	public RateLimits {
		rateLimits = (rateLimits != null) ? Map.copyOf(rateLimits) : Map.of();
		if (rateLimitLease < 1) {
			throw new IllegalArgumentException(
					"fleet.gateway.rate-limit-lease is at least 1 (every request asks Redis)");
		}
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
