package org.bookingfleet.gateway.ratelimit.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.bookingfleet.gateway.ratelimit.internal.web.RateLimits.Limit;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/**
 * A client's requests on one route when the shared bucket's answer never comes: each
 * waits at most as long as the lease would, then goes through unchecked, and a later
 * request asks again instead of waiting for the lost answer.
 */
class LeasesTest {

	private final Limit limit = new Limit(100, Duration.ofSeconds(1));

	private final AtomicInteger asked = new AtomicInteger();

	/** A bucket whose first answer is lost; it answers every call after that. */
	private final SharedBuckets losingItsFirstAnswer = new SharedBuckets(null, Duration.ofMillis(300)) {
		@Override
		Mono<Grant> lease(String route, String client, Limit limit, int requests) {
			return LeasesTest.this.asked.getAndIncrement() == 0 ? Mono.never() : Mono.just(new Grant(requests, 1_000));
		}
	};

	@Test
	void aRequestWaitingForAnAnswerThatNeverComesGoesThroughUncheckedAndTheNextOneAsksAgain() {
		StepVerifier.withVirtualTime(() -> {
			Leases leases = new Leases("pricing", this.limit, LeaseSize.of(this.limit, 64), this.losingItsFirstAnswer,
					() -> Schedulers.parallel().now(TimeUnit.NANOSECONDS));
			return leases.take("127.0.0.1")
				.doOnNext(first -> assertThat(first.checked()).isFalse())
				.delayElement(Duration.ofMillis(1))
				.then(Mono.defer(() -> leases.take("127.0.0.1")));
		})
			.expectSubscription()
			.expectNoEvent(Duration.ofMillis(999))
			.thenAwait(Duration.ofMillis(2))
			.assertNext(second -> assertThat(second.checked()).isTrue())
			.expectComplete()
			.verify(Duration.ofSeconds(10));
		assertThat(this.asked).hasValue(2);
	}

}
