package org.bookingfleet.gateway.ratelimit.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.bookingfleet.gateway.ratelimit.internal.web.RateLimits.Limit;
import org.junit.jupiter.api.Test;

class AllowanceTest {

	final Limit fivePerMinute = new Limit(5, Duration.ofMinutes(1));

	@Test
	void aFullBucketHoldsTheWholeLimit() {
		Allowance fresh = Allowance.of(this.fivePerMinute, true, Allowance.burstCapacity(this.fivePerMinute));

		assertThat(fresh.remaining()).isEqualTo(5);
		assertThat(fresh.resetSeconds()).isZero();
	}

	@Test
	void afterTheFirstRequestFourAreLeftAndTheBucketIsFullAgainInTwelveSeconds() {
		Allowance afterOne = Allowance.of(this.fivePerMinute, true, 300 - 60);

		assertThat(afterOne.remaining()).isEqualTo(4);
		assertThat(afterOne.resetSeconds()).isEqualTo(12);
	}

	@Test
	void anEmptyBucketAsksToWaitForOneRequestsWorthOfTokens() {
		Allowance refused = Allowance.of(this.fivePerMinute, false, 0);

		assertThat(refused.remaining()).isZero();
		assertThat(refused.retryAfterSeconds()).isEqualTo(12);
		assertThat(refused.resetSeconds()).isEqualTo(60);
	}

	@Test
	void aNearlyRefilledRequestWaitsAtLeastOneSecond() {
		assertThat(Allowance.of(this.fivePerMinute, false, 59).retryAfterSeconds()).isEqualTo(1);
	}

	@Test
	void theBucketGivesTheLimitAtOnceThenOneRequestPerShareOfThePeriod() {
		assertThat(Allowance.burstCapacity(this.fivePerMinute) / Allowance.requestedTokens(this.fivePerMinute))
			.isEqualTo(5);
		assertThat((double) Allowance.requestedTokens(this.fivePerMinute) / Allowance.replenishRate(this.fivePerMinute))
			.isEqualTo(12.0);
	}

}
