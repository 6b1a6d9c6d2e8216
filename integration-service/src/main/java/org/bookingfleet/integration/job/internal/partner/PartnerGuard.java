package org.bookingfleet.integration.job.internal.partner;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.reactor.bulkhead.operator.BulkheadOperator;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.reactor.timelimiter.TimeLimiterOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.bookingfleet.integration.IntegrationProperties.Resilience;
import org.bookingfleet.integration.job.Partner;
import org.springframework.mail.MailSendException;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;

/**
 * The resilience of calls to one partner. Order, outside in: the bulkhead caps calls in
 * flight (a full bulkhead fails at once, the job waits for its next attempt), the circuit
 * breaker counts outcomes, the quick retry covers a dropped connection, and the time
 * limiter bounds each try. Only the partner's own trouble (5xx, timeouts, broken
 * connections) counts against its circuit; a 4xx says the partner is up.
 */
public final class PartnerGuard {

	private final Partner partner;

	private final Bulkhead bulkhead;

	private final CircuitBreaker circuitBreaker;

	private final Retry quickRetry;

	private final TimeLimiter timeLimiter;

	public PartnerGuard(Partner partner, Resilience settings) {
		this.partner = partner;
		String name = partner.name().toLowerCase();
		this.bulkhead = Bulkhead.of(name,
				BulkheadConfig.custom()
					.maxConcurrentCalls(settings.maxConcurrentCalls())
					.maxWaitDuration(Duration.ZERO)
					.build());
		this.circuitBreaker = CircuitBreaker.of(name,
				CircuitBreakerConfig.custom()
					.failureRateThreshold(settings.failureRateThreshold())
					.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
					.slidingWindowSize(settings.slidingWindow())
					.minimumNumberOfCalls(settings.minimumCalls())
					.waitDurationInOpenState(settings.openFor())
					.permittedNumberOfCallsInHalfOpenState(settings.halfOpenCalls())
					.automaticTransitionFromOpenToHalfOpenEnabled(true)
					.recordException(PartnerGuard::isPartnerTrouble)
					.build());
		this.quickRetry = Retry.of(name, RetryConfig.custom()
			.maxAttempts(settings.quickRetries() + 1)
			.intervalFunction(IntervalFunction.ofExponentialRandomBackoff(settings.quickRetryBackoff(), 2.0, 0.5))
			.retryOnException(PartnerGuard::isBrokenConnection)
			.failAfterMaxAttempts(false)
			.build());
		this.timeLimiter = TimeLimiter.of(name,
				TimeLimiterConfig.custom().timeoutDuration(settings.timeout()).cancelRunningFuture(true).build());
	}

	public Partner partner() {
		return partner;
	}

	public <T> Mono<T> call(Mono<T> call) {
		return call.transformDeferred(TimeLimiterOperator.of(timeLimiter))
			.transformDeferred(RetryOperator.of(quickRetry))
			.transformDeferred(CircuitBreakerOperator.of(circuitBreaker))
			.transformDeferred(BulkheadOperator.of(bulkhead));
	}

	/**
	 * While the circuit is open the partner's jobs are left waiting rather than failed
	 * one by one.
	 */
	public boolean acceptsCalls() {
		return circuitBreaker.getState() != CircuitBreaker.State.OPEN
				&& circuitBreaker.getState() != CircuitBreaker.State.FORCED_OPEN;
	}

	/** How many calls the bulkhead lets through at once. */
	public int capacity() {
		return bulkhead.getBulkheadConfig().getMaxConcurrentCalls();
	}

	/** How many more calls the bulkhead lets through right now. */
	public int freeCalls() {
		return bulkhead.getMetrics().getAvailableConcurrentCalls();
	}

	public CircuitBreaker.State circuitState() {
		return circuitBreaker.getState();
	}

	static boolean isPartnerTrouble(Throwable failure) {
		if (failure instanceof WebClientResponseException response) {
			return response.getStatusCode().is5xxServerError() || response.getStatusCode().value() == 429;
		}
		return failure instanceof TimeoutException || failure instanceof WebClientRequestException
				|| failure instanceof IOException || failure instanceof MailSendException;
	}

	private static boolean isBrokenConnection(Throwable failure) {
		return failure instanceof WebClientRequestException;
	}

}
