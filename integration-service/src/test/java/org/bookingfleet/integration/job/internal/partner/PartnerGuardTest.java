package org.bookingfleet.integration.job.internal.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.bookingfleet.integration.IntegrationProperties.Resilience;
import org.bookingfleet.integration.job.Partner;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

class PartnerGuardTest {

	private static final Resilience SETTINGS = new Resilience(Duration.ofMillis(300), 0, Duration.ofMillis(10), 50f, 10,
			4, Duration.ofMinutes(1), 1, 2);

	private static WebClientResponseException status(int code) {
		return WebClientResponseException.create(code, "status " + code, HttpHeaders.EMPTY, new byte[0],
				StandardCharsets.UTF_8);
	}

	@Test
	void partnerFailingAgainAndAgainOpensItsCircuitAndIsNoLongerCalled() {
		PartnerGuard guard = new PartnerGuard(Partner.GOOGLE_CALENDAR, SETTINGS);
		AtomicInteger calls = new AtomicInteger();
		Mono<String> failing = Mono.defer(() -> {
			calls.incrementAndGet();
			return Mono.error(status(503));
		});

		for (int i = 0; i < 4; i++) {
			StepVerifier.create(guard.call(failing)).expectError(WebClientResponseException.class).verify();
		}

		assertThat(guard.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);
		assertThat(guard.acceptsCalls()).isFalse();
		StepVerifier.create(guard.call(failing)).expectError(CallNotPermittedException.class).verify();
		assertThat(calls).hasValue(4);
	}

	@Test
	void clientErrorsSayThePartnerIsUpAndLeaveTheCircuitClosed() {
		PartnerGuard guard = new PartnerGuard(Partner.GOHIGHLEVEL, SETTINGS);

		for (int i = 0; i < 8; i++) {
			StepVerifier.create(guard.call(Mono.error(status(422)))).expectError().verify();
		}

		assertThat(guard.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	@Test
	void callThatTakesTooLongTimesOut() {
		PartnerGuard guard = new PartnerGuard(Partner.PROOF, SETTINGS);

		StepVerifier.create(guard.call(Mono.never())).expectError(TimeoutException.class).verify(Duration.ofSeconds(5));
	}

	@Test
	void bulkheadRefusesCallsBeyondItsCapacityAtOnce() {
		PartnerGuard guard = new PartnerGuard(Partner.MESSAGING, new Resilience(Duration.ofSeconds(30), 0,
				Duration.ofMillis(10), 50f, 10, 4, Duration.ofMinutes(1), 1, 2));
		Sinks.One<String> answer = Sinks.one();
		Mono<String> slow = answer.asMono();

		var first = guard.call(slow).subscribe();
		var second = guard.call(slow).subscribe();

		StepVerifier.create(guard.call(Mono.just("third"))).expectError(BulkheadFullException.class).verify();
		answer.tryEmitValue("done");
		StepVerifier.create(guard.call(Mono.just("after"))).expectNext("after").verifyComplete();
		first.dispose();
		second.dispose();
	}

	@Test
	void droppedConnectionGetsOneQuickSecondTry() {
		PartnerGuard guard = new PartnerGuard(Partner.EMAIL, new Resilience(Duration.ofSeconds(5), 1,
				Duration.ofMillis(10), 50f, 10, 4, Duration.ofMinutes(1), 1, 2));
		AtomicInteger calls = new AtomicInteger();
		Mono<String> flaky = Mono.defer(
				() -> calls.incrementAndGet() == 1
						? Mono.error(new org.springframework.web.reactive.function.client.WebClientRequestException(
								new java.io.IOException("connection reset"), org.springframework.http.HttpMethod.POST,
								java.net.URI.create("http://partner.example/x"), HttpHeaders.EMPTY))
						: Mono.just("sent"));

		StepVerifier.create(guard.call(flaky)).expectNext("sent").verifyComplete();
		assertThat(calls).hasValue(2);
	}

}
