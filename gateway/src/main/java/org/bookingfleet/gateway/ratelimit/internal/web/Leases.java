package org.bookingfleet.gateway.ratelimit.internal.web;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.bookingfleet.gateway.ratelimit.internal.web.Allowance;
import org.bookingfleet.gateway.ratelimit.internal.web.LeaseSize;
import org.bookingfleet.gateway.ratelimit.internal.web.RateLimits.Limit;
import reactor.core.publisher.Mono;

/**
 * One route's limit as this gateway applies it: each client's requests are spent from its
 * {@link Lease}, and only an empty lease asks the shared bucket in Redis for more. The
 * limit holds across every gateway within one lease per gateway (see {@link LeaseSize}):
 * no client gets more than its limit plus what the gateways had leased when the window
 * began, nor is refused before its limit less what other gateways hold unspent.
 */
public final class Leases {

	private static final long SWEEP_NANOS = 10_000_000_000L;

	private static final Duration GIVEN_UP = Duration.ofNanos(Lease.GIVEN_UP_NANOS);

	private final String route;

	private final Limit limit;

	private final LeaseSize sizes;

	private final SharedBuckets shared;

	private final LongSupplier clock;

	private final ConcurrentMap<String, Lease> byClient = new ConcurrentHashMap<>();

	private final AtomicLong nextSweep;

	Leases(String route, Limit limit, LeaseSize sizes, SharedBuckets shared, LongSupplier clock) {
		this.route = route;
		this.limit = limit;
		this.sizes = sizes;
		this.shared = shared;
		this.clock = clock;
		this.nextSweep = new AtomicLong(clock.getAsLong() + SWEEP_NANOS);
	}

	/**
	 * Whether the client may make one more request on the route now, and what it then has
	 * left.
	 */
	Mono<Allowance> take(String client) {
		sweepNowAndThen();
		return take(client, this.byClient.computeIfAbsent(client, anyone -> new Lease(this.sizes, this.clock)));
	}

	private Mono<Allowance> take(String client, Lease lease) {
		long perRequest = Allowance.requestedTokens(this.limit);
		long left = lease.spend(perRequest);
		if (left >= 0) {
			return Mono.just(Allowance.of(this.limit, true, left));
		}
		// a request waits for a refill only as long as the lease would,
		// then goes through unchecked, as when Redis does not answer
		return lease.refill(requests -> this.shared.lease(this.route, client, this.limit, requests))
			.timeout(GIVEN_UP, Mono.just(Grant.UNCHECKED))
			.flatMap(grant -> {
				if (!grant.checked()) {
					return Mono.just(Allowance.UNCHECKED);
				}
				long afterRefill = lease.spend(perRequest);
				if (afterRefill >= 0) {
					return Mono.just(Allowance.of(this.limit, true, afterRefill));
				}
				if (grant.requests() == 0) {
					return Mono.just(Allowance.of(this.limit, false, grant.tokensLeft()));
				}
				// others waiting for the same refill spent it first: lease again
				return take(client, lease);
			});
	}

	/** Forgets the leases of clients gone quiet, every ten seconds at most. */
	private void sweepNowAndThen() {
		long now = this.clock.getAsLong();
		long due = this.nextSweep.get();
		if (now - due < 0 || !this.nextSweep.compareAndSet(due, now + SWEEP_NANOS)) {
			return;
		}
		this.byClient.entrySet().removeIf(entry -> entry.getValue().idle());
	}

	int clients() {
		return this.byClient.size();
	}

}
