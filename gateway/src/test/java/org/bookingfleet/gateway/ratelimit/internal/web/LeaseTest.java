package org.bookingfleet.gateway.ratelimit.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.bookingfleet.gateway.ratelimit.internal.web.Grant;
import org.bookingfleet.gateway.ratelimit.internal.web.LeaseSize;
import org.bookingfleet.gateway.ratelimit.internal.web.RateLimits.Limit;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * One client's lease in one gateway, against a bucket that answers what the test says, on
 * the test's clock.
 */
class LeaseTest {

	final AtomicLong now = new AtomicLong(1_000_000_000L);

	final Lease lease = new Lease(new LeaseSize(64), this.now::get);

	final List<Integer> asked = new ArrayList<>();

	@Test
	void aClientAskingSlowlyIsCountedOneRequestAtATime() {
		for (int i = 0; i < 5; i++) {
			assertThat(this.lease.spend(1)).isEqualTo(-1);
			refill(100);
			assertThat(this.lease.spend(1)).isEqualTo(100);
			this.now.addAndGet(Duration.ofMillis(500).toNanos());
		}

		assertThat(this.asked).containsOnly(1);
	}

	@Test
	void aClientThatSpendsItsLeaseQuicklyGetsOneTwiceAsLargeUpToTheMost() {
		for (int i = 0; i < 9; i++) {
			refill(1_000);
			while (this.lease.spend(1) >= 0) {
				this.now.addAndGet(Duration.ofMillis(1).toNanos());
			}
		}

		assertThat(this.asked).containsExactly(1, 2, 4, 8, 16, 32, 64, 64, 64);
	}

	@Test
	void leasedRequestsExpireAfterASecondAndTheNextLeaseIsSmaller() {
		spendQuickly(5);
		assertThat(this.asked).containsExactly(1, 2, 4, 8, 16);
		refill(1_000);
		assertThat(this.lease.spend(1)).isEqualTo(1_000 + 31);

		this.now.addAndGet(Duration.ofMillis(1_001).toNanos());

		assertThat(this.lease.spend(1)).isEqualTo(-1);
		assertThat(this.lease.size()).isEqualTo(16);
	}

	@Test
	void aBucketRunningLowBringsTheLeaseBackToOneRequest() {
		spendQuickly(4);

		this.lease.refill(requests -> {
			this.asked.add(requests);
			return Mono.just(new Grant(3, 0));
		}).block();

		assertThat(this.asked).containsExactly(1, 2, 4, 8, 16);
		assertThat(this.lease.size()).isEqualTo(1);
		assertThat(this.lease.spend(1)).isEqualTo(2);
	}

	@Test
	void requestsThatFindTheLeaseEmptyWhileItIsRefilledWaitForThatOneRefill() {
		Sinks.One<Grant> redis = Sinks.one();
		List<Integer> calls = new ArrayList<>();
		Mono<Grant> first = this.lease.refill(requests -> {
			calls.add(requests);
			return redis.asMono();
		});
		Mono<Grant> second = this.lease.refill(requests -> {
			calls.add(requests);
			return Mono.never();
		});
		List<Grant> answers = new ArrayList<>();
		first.subscribe(answers::add);
		second.subscribe(answers::add);

		redis.tryEmitValue(new Grant(1, 7));

		assertThat(calls).containsExactly(1);
		assertThat(answers).hasSize(2);
		assertThat(this.lease.spend(1)).isEqualTo(7);
		assertThat(this.lease.spend(1)).isEqualTo(-1);
	}

	@Test
	void aRefillThatNeverAnswersIsGivenUpAfterASecondAndTheNextRequestAsksAnew() {
		List<Integer> calls = new ArrayList<>();
		this.lease.refill(requests -> {
			calls.add(requests);
			return Mono.never();
		}).subscribe();
		this.now.addAndGet(Duration.ofMillis(999).toNanos());
		this.lease.refill(requests -> {
			calls.add(requests);
			return Mono.just(new Grant(requests, 50));
		}).subscribe();
		assertThat(calls).as("still waiting for the first").hasSize(1);

		this.now.addAndGet(Duration.ofMillis(2).toNanos());
		Grant second = this.lease.refill(requests -> {
			calls.add(requests);
			return Mono.just(new Grant(requests, 50));
		}).block();

		assertThat(calls).hasSize(2);
		assertThat(second.requests()).isEqualTo(1);
		assertThat(this.lease.spend(1)).isEqualTo(50);
	}

	@Test
	void theLateAnswerOfARefillGivenUpChangesNothing() {
		Sinks.One<Grant> late = Sinks.one();
		this.lease.refill(requests -> late.asMono()).subscribe();
		this.now.addAndGet(Duration.ofMillis(1_001).toNanos());
		refill(50);
		assertThat(this.lease.spend(1)).isEqualTo(50);

		late.tryEmitValue(new Grant(1, 7));

		assertThat(this.lease.spend(1)).as("the late grant is not spent").isEqualTo(-1);
	}

	@Test
	void aLeaseUnusedForASecondIsIdleAndOneBeingRefilledIsNotUntilTheRefillIsGivenUp() {
		refill(10);
		this.lease.spend(1);
		assertThat(this.lease.idle()).isFalse();

		this.now.addAndGet(Duration.ofMillis(1_001).toNanos());
		assertThat(this.lease.idle()).isTrue();

		this.lease.refill(requests -> Mono.never()).subscribe();
		this.now.addAndGet(Duration.ofMillis(500).toNanos());
		assertThat(this.lease.idle()).isFalse();

		this.now.addAndGet(Duration.ofMillis(501).toNanos());
		assertThat(this.lease.idle()).isTrue();
	}

	@Test
	void aLimitOfFortyAMinuteLeasesTwoAtMostAndThirtyNeverMore() {
		assertThat(LeaseSize.of(new Limit(40, Duration.ofMinutes(1)), 64).most()).isEqualTo(2);
		assertThat(LeaseSize.of(new Limit(30, Duration.ofMinutes(1)), 64).most()).isEqualTo(1);
		assertThat(LeaseSize.of(new Limit(1_000_000, Duration.ofSeconds(1)), 64).most()).isEqualTo(64);
	}

	private void spendQuickly(int leases) {
		for (int i = 0; i < leases; i++) {
			refill(1_000);
			while (this.lease.spend(1) >= 0) {
				// all of it at once
			}
		}
	}

	/** The bucket gives what is asked, and has {@code tokensLeft} after. */
	private void refill(long tokensLeft) {
		this.lease.refill(requests -> {
			this.asked.add(requests);
			return Mono.just(new Grant(requests, tokensLeft));
		}).block();
	}

}
