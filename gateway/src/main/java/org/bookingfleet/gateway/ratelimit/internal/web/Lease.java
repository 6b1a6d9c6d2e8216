package org.bookingfleet.gateway.ratelimit.internal.web;

import java.util.function.IntFunction;
import java.util.function.LongSupplier;

import org.bookingfleet.gateway.ratelimit.internal.web.Grant;
import org.bookingfleet.gateway.ratelimit.internal.web.LeaseSize;
import reactor.core.publisher.Mono;

/**
 * The part of one client's allowance on one route that this gateway took from the shared
 * bucket and spends locally. Requests left over expire after {@link #LIFETIME_NANOS};
 * they are not given back. One call to Redis at a time: requests that find the lease
 * empty while it is being refilled wait for that refill.
 */
final class Lease {

	/**
	 * How long leased requests may be spent: a client that stops or goes to another
	 * gateway loses the rest.
	 */
	static final long LIFETIME_NANOS = 1_000_000_000L;

	/**
	 * A lease spent and asked for again within this time means the client asks fast
	 * enough for a larger one.
	 */
	static final long QUICK_NANOS = 250_000_000L;

	private final LeaseSize sizes;

	private final LongSupplier clock;

	private long requestsLeft;

	/**
	 * The bucket's tokens after the last grant, shared with the other gateways: for
	 * {@code RateLimit-Remaining}.
	 */
	private long sharedTokensLeft;

	/**
	 * The last refill gave requests (a refusal or an outage starts the count of speed
	 * anew).
	 */
	private boolean spendable;

	private long grantedAt;

	private long lastUsed;

	private int size = 1;

	private int asked;

	/**
	 * A refill not answered within this time is given up: Redis answers, or its call
	 * times out, well within it, so one still under way lost its answer (one was seen
	 * whose call timed out and was cancelled without its timeout ever reaching the lease,
	 * and every later request of the client waited for it). The next request that finds
	 * the lease empty asks anew.
	 */
	static final long GIVEN_UP_NANOS = 1_000_000_000L;

	private Mono<Grant> refill;

	private long refillAskedAt;

	/** Which refill is the current one: the answer of one given up changes nothing. */
	private long refills;

	Lease(LeaseSize sizes, LongSupplier clock) {
		this.sizes = sizes;
		this.clock = clock;
		this.lastUsed = clock.getAsLong();
	}

	/**
	 * Spends one request of the lease: the tokens the client then has left (in the bucket
	 * and here), or -1 when the lease is empty or expired.
	 */
	synchronized long spend(long tokensPerRequest) {
		long now = this.clock.getAsLong();
		this.lastUsed = now;
		if (this.requestsLeft > 0 && now - this.grantedAt > LIFETIME_NANOS) {
			this.requestsLeft = 0;
			this.size = this.sizes.shrunk(this.size);
		}
		if (this.requestsLeft == 0) {
			return -1;
		}
		this.requestsLeft--;
		return this.sharedTokensLeft + this.requestsLeft * tokensPerRequest;
	}

	/**
	 * The refill under way, or a new one of the lease's current size taken from
	 * {@code shared}.
	 */
	synchronized Mono<Grant> refill(IntFunction<Mono<Grant>> shared) {
		long now = this.clock.getAsLong();
		if (!refillUnderWay(now)) {
			if (this.spendable && now - this.grantedAt < QUICK_NANOS) {
				this.size = this.sizes.grown(this.size);
			}
			this.asked = this.size;
			this.refillAskedAt = now;
			long current = ++this.refills;
			this.refill = shared.apply(this.asked).doOnNext(grant -> granted(current, grant)).cache();
		}
		return this.refill;
	}

	/** A refill asked for and neither answered nor given up yet. */
	private boolean refillUnderWay(long now) {
		return this.refill != null && now - this.refillAskedAt <= GIVEN_UP_NANOS;
	}

	private synchronized void granted(long refill, Grant grant) {
		if (refill != this.refills) {
			return;
		}
		this.refill = null;
		this.spendable = grant.checked() && grant.requests() > 0;
		if (!grant.checked()) {
			return;
		}
		if (grant.requests() < this.asked) {
			// the client is at or near its limit: count it one request at a time again
			this.size = 1;
		}
		this.requestsLeft = grant.requests();
		this.sharedTokensLeft = grant.tokensLeft();
		this.grantedAt = this.clock.getAsLong();
	}

	/**
	 * Nothing to spend, nothing under way and unused for a lifetime: the entry can go.
	 */
	synchronized boolean idle() {
		long now = this.clock.getAsLong();
		return !refillUnderWay(now) && now - this.lastUsed > LIFETIME_NANOS
				&& (this.requestsLeft == 0 || now - this.grantedAt > LIFETIME_NANOS);
	}

	synchronized int size() {
		return this.size;
	}

}
