package org.bookingfleet.gateway.ratelimit.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.bookingfleet.gateway.TestFleet;
import org.bookingfleet.gateway.ratelimit.internal.web.Allowance;
import org.bookingfleet.gateway.ratelimit.internal.web.Grant;
import org.bookingfleet.gateway.ratelimit.internal.web.LeaseSize;
import org.bookingfleet.gateway.ratelimit.internal.web.Leases;
import org.bookingfleet.gateway.ratelimit.internal.web.RateLimits.Limit;
import org.bookingfleet.gateway.ratelimit.internal.web.SharedBuckets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Two gateways, each with its own connection to one real Redis and its own leases, count
 * one client's requests on one route: together they never let more through than the
 * limit, and refuse the request over it, while most requests are counted without a call
 * to Redis. Limits of an hour, so that the bucket does not refill meanwhile.
 */
class TwoGatewaysShareOneLimitTest {

	final Gateway one = new Gateway();

	final Gateway two = new Gateway();

	final String route = "route-" + System.nanoTime();

	@AfterEach
	void stop() {
		this.one.stop();
		this.two.stop();
	}

	@Test
	void concurrentRequestsThroughTwoGatewaysGetTheLimitLessAtMostOneLeaseEachAndNeverMore() {
		Limit fiveHundredAnHour = new Limit(500, Duration.ofHours(1));
		Leases first = this.one.leases(this.route, fiveHundredAnHour);
		Leases second = this.two.leases(this.route, fiveHundredAnHour);

		List<Allowance> answers = Flux.range(0, 2_000)
			.flatMap(i -> ((i % 2 == 0) ? first : second).take("198.51.100.7"), 64)
			.collectList()
			.block(Duration.ofSeconds(60));

		long allowed = answers.stream().filter(Allowance::allowed).count();
		assertThat(answers).allMatch(Allowance::checked);
		assertThat(allowed).isBetween(500L - 2 * 25, 500L + 1);
		assertThat(this.one.calls.get() + this.two.calls.get()).isLessThan(2_000 / 4);
		Allowance over = first.take("198.51.100.7").block();
		assertThat(over.allowed()).isFalse();
		assertThat(over.retryAfterSeconds()).isPositive();
		assertThat(second.take("198.51.100.7").block().allowed()).isFalse();
	}

	@Test
	void aLimitUnderFortyIsCountedExactlyAcrossBothGateways() {
		Limit thirtyAnHour = new Limit(30, Duration.ofHours(1));
		Leases first = this.one.leases(this.route, thirtyAnHour);
		Leases second = this.two.leases(this.route, thirtyAnHour);

		int allowed = 0;
		for (int i = 0; i < 40; i++) {
			Allowance answer = ((i % 2 == 0) ? first : second).take("198.51.100.8").block();
			if (answer.allowed()) {
				allowed++;
				assertThat(answer.remaining()).isEqualTo(30 - allowed);
			}
		}

		assertThat(allowed).isEqualTo(30);
		assertThat(this.one.calls.get() + this.two.calls.get()).isEqualTo(40);
	}

	@Test
	void anotherClientKeepsItsWholeAllowance() {
		Limit fortyAnHour = new Limit(40, Duration.ofHours(1));
		Leases first = this.one.leases(this.route, fortyAnHour);
		for (int i = 0; i < 40; i++) {
			assertThat(first.take("198.51.100.9").block().allowed()).isTrue();
		}
		assertThat(first.take("198.51.100.9").block().allowed()).isFalse();

		assertThat(this.two.leases(this.route, fortyAnHour).take("198.51.100.10").block().remaining()).isEqualTo(39);
	}

	/** One gateway's connection to the shared Redis, counting its calls. */
	static final class Gateway {

		final AtomicInteger calls = new AtomicInteger();

		final LettuceConnectionFactory connections = new LettuceConnectionFactory(
				new RedisStandaloneConfiguration("127.0.0.1", TestFleet.sharedRedisPort()));

		Gateway() {
			this.connections.afterPropertiesSet();
			this.connections.start();
		}

		Leases leases(String route, Limit limit) {
			SharedBuckets buckets = new SharedBuckets(new ReactiveStringRedisTemplate(this.connections),
					Duration.ofSeconds(5)) {
				@Override
				Mono<Grant> lease(String route, String client, Limit limit, int requests) {
					Gateway.this.calls.incrementAndGet();
					return super.lease(route, client, limit, requests);
				}
			};
			return new Leases(route, limit, LeaseSize.of(limit, 64), buckets, System::nanoTime);
		}

		void stop() {
			this.connections.destroy();
		}

	}

}
