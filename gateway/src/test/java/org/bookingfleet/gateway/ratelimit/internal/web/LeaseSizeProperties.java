package org.bookingfleet.gateway.ratelimit.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.bookingfleet.gateway.ratelimit.internal.web.RateLimits.Limit;

class LeaseSizeProperties {

	@Property
	void aLeaseIsNeverMoreThanATwentiethOfTheLimitNorTheMostConfiguredNorLessThanOneRequest(
			@ForAll @IntRange(min = 1, max = 10_000_000) int limit, @ForAll @IntRange(min = 1, max = 1_000) int most,
			@ForAll @IntRange(min = 1, max = 1_000) int size) {
		LeaseSize sizes = LeaseSize.of(new Limit(limit, Duration.ofMinutes(1)), most);

		for (int next : new int[] { sizes.most(), sizes.grown(size), sizes.shrunk(size) }) {
			assertThat(next).isBetween(1, Math.max(1, Math.min(most, limit / LeaseSize.SHARE_OF_LIMIT)));
		}
	}

	@Property
	void limitsUnderFortyAreCountedOneRequestAtATime(@ForAll @IntRange(min = 1, max = 39) int limit,
			@ForAll @IntRange(min = 1, max = 1_000) int size) {
		LeaseSize sizes = LeaseSize.of(new Limit(limit, Duration.ofMinutes(1)), 64);

		assertThat(sizes.grown(size)).isEqualTo(1);
	}

	@Property
	void aLeaseGrowsByDoublingUntilItsMostAndShrinksByHalvesToOne(@ForAll @IntRange(min = 1, max = 500) int size) {
		LeaseSize sizes = new LeaseSize(64);

		assertThat(sizes.grown(size)).isEqualTo(Math.min(64, 2 * size));
		assertThat(sizes.shrunk(size)).isEqualTo(Math.max(1, Math.min(64, size / 2)));
	}

}
