package org.bookingfleet.gateway.ratelimit.internal.web;

import org.bookingfleet.gateway.ratelimit.internal.web.RateLimits.Limit;

/**
 * How many requests of one client's allowance a gateway takes from the shared bucket at
 * once. A client that asks slowly is counted one request at a time, as if there were no
 * lease; one that spends its lease quickly gets a lease twice as large the next time, up
 * to a twentieth of its limit (and at most {@code most}); a lease that expires unspent,
 * or a bucket that ran low, brings it back down. Limits under 40 a period are always
 * counted one request at a time.
 */
record LeaseSize(int most) {

	/**
	 * A lease is at most this share of a client's limit: what one gateway can hold back
	 * from the others.
	 */
	static final int SHARE_OF_LIMIT = 20;

	LeaseSize {
		if (most < 1) {
			throw new IllegalArgumentException("a lease holds at least one request");
		}
	}

	static LeaseSize of(Limit limit, int mostRequests) {
		return new LeaseSize(Math.max(1, Math.min(mostRequests, limit.limit() / SHARE_OF_LIMIT)));
	}

	/**
	 * The previous lease was spent quickly: the client asks fast enough for a larger one.
	 */
	int grown(int size) {
		return (int) Math.min(this.most, 2L * size);
	}

	/**
	 * The previous lease expired with requests unspent: they are lost to the client, so
	 * take fewer.
	 */
	int shrunk(int size) {
		return Math.max(1, Math.min(this.most, size / 2));
	}

}
