package org.bookingfleet.gateway.ratelimit.internal.web;

import org.bookingfleet.gateway.ratelimit.internal.web.RateLimits.Limit;

/**
 * What one client has left of a limit, read from the token bucket that Spring Cloud
 * Gateway's Redis limiter keeps. The bucket holds {@code limit × period} tokens, refills
 * {@code limit} per second and a request takes {@code period} (in seconds) of them:
 * {@code limit} requests at once, then one every {@code period / limit}.
 */
public record Allowance(boolean allowed, long remaining, long resetSeconds, long retryAfterSeconds) {

	/** Redis did not answer: the request goes through without a count. */
	public static final Allowance UNCHECKED = new Allowance(true, -1, -1, 0);

	boolean checked() {
		return this.remaining >= 0;
	}

	static int replenishRate(Limit limit) {
		return limit.limit();
	}

	static long burstCapacity(Limit limit) {
		return limit.limit() * limit.periodSeconds();
	}

	static int requestedTokens(Limit limit) {
		return Math.toIntExact(limit.periodSeconds());
	}

	static Allowance of(Limit limit, boolean allowed, long tokensLeft) {
		long perRequest = requestedTokens(limit);
		long rate = replenishRate(limit);
		long remaining = tokensLeft / perRequest;
		long reset = ceilDiv(burstCapacity(limit) - tokensLeft, rate);
		long retryAfter = allowed ? 0 : Math.max(1, ceilDiv(perRequest - tokensLeft, rate));
		return new Allowance(allowed, remaining, reset, retryAfter);
	}

	private static long ceilDiv(long dividend, long divisor) {
		return Math.max(0, -Math.floorDiv(-dividend, divisor));
	}

}
