package org.bookingfleet.gateway.breaker.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * A service's breaker counts the answers of many requests at once, each on the event loop
 * that received it. Resilience4j guards its window of outcomes with a lock held for a few
 * instructions; a second thread recording at the same moment waits on it. That is no
 * blocking call, but BlockHound (on in every test) saw one and threw inside the breaker,
 * where Reactor dropped the error: the request was never answered and its client got 503
 * after the time limit, about once per build under load ({@code ServiceBreakerTest}). The
 * fleet's BlockHound allow-list names those locks; here two non-blocking threads record
 * outcomes on one breaker at once, as two event loops do.
 */
class BreakerOnTheEventLoopTest {

	@Test
	void twoEventLoopsCountingAnswersOnOneBreakerAtOnceIsNoBlockingCall() {
		CircuitBreaker breaker = CircuitBreaker.of("availability-service",
				CircuitBreakerConfig.custom().slidingWindowSize(20).minimumNumberOfCalls(10).build());

		Long recorded = Flux.range(0, 2).parallel(2).runOn(Schedulers.parallel()).map(thread -> {
			for (int i = 0; i < 200_000; i++) {
				breaker.onSuccess(1, TimeUnit.MILLISECONDS);
				breaker.getMetrics().getFailureRate();
			}
			return 200_000L;
		}).sequential().reduce(0L, Long::sum).block(Duration.ofSeconds(60));

		assertThat(recorded).isEqualTo(400_000L);
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(breaker.getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(20);
	}

}
