package org.bookingfleet.gateway.cache.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.bookingfleet.gateway.SessionCookie;
import org.bookingfleet.gateway.cache.KeptAnswer;
import org.bookingfleet.gateway.cache.PublicAnswers;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * A guest's GET of a kept public answer is answered before the gateway's chain; a caller
 * with a token, a session or another origin, a request for a fresh answer and any other
 * method go the whole way.
 */
class GuestAnswersTest {

	private final PublicAnswers answers = new PublicAnswers(8, Clock.systemUTC());

	private final GuestAnswers guests = new GuestAnswers(this.answers);

	private final AtomicInteger passedOn = new AtomicInteger();

	private final WebFilterChain chain = exchange -> {
		this.passedOn.incrementAndGet();
		return Mono.empty();
	};

	GuestAnswersTest() {
		Instant now = Instant.now();
		this.answers.keep(
				"/api/v2/services?null", new KeptAnswer("pricing-service", "[]".getBytes(), "application/json",
						"\"catalog-7\"", "max-age=60, public", now, now.plus(Duration.ofMinutes(1))),
				this.answers.changes());
	}

	@Test
	void aGuestIsAnsweredFromMemoryAndA304ForTheETagItHolds() {
		MockServerWebExchange guest = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v2/services"));
		StepVerifier.create(this.guests.filter(guest, this.chain)).verifyComplete();
		assertThat(guest.getResponse().getStatusCode()).isEqualTo(HttpStatus.OK);
		StepVerifier.create(guest.getResponse().getBodyAsString()).expectNext("[]").verifyComplete();
		assertThat(guest.getResponse().getHeaders().getETag()).isEqualTo("\"catalog-7\"");
		assertThat(guest.getResponse().getHeaders().getCacheControl()).isEqualTo("max-age=60, public");

		MockServerWebExchange holding = MockServerWebExchange
			.from(MockServerHttpRequest.get("/api/v2/services").ifNoneMatch("\"catalog-7\""));
		StepVerifier.create(this.guests.filter(holding, this.chain)).verifyComplete();
		assertThat(holding.getResponse().getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
		assertThat(this.passedOn).hasValue(0);
	}

	@Test
	void everyoneElseGoesTheWholeWay() {
		for (MockServerHttpRequest.BaseBuilder<?> request : new MockServerHttpRequest.BaseBuilder<?>[] {
				MockServerHttpRequest.get("/api/v2/services").header("Authorization", "Bearer not-checked-here"),
				MockServerHttpRequest.get("/api/v2/services").cookie(new HttpCookie(SessionCookie.NAME, "s")),
				MockServerHttpRequest.get("/api/v2/services").header("Origin", "https://elsewhere.example"),
				MockServerHttpRequest.get("/api/v2/services").header("Cache-Control", "no-cache"),
				MockServerHttpRequest.get("/api/v2/services?includeInactive=true"),
				MockServerHttpRequest.head("/api/v2/services") }) {
			MockServerWebExchange exchange = MockServerWebExchange.from(request);
			StepVerifier.create(this.guests.filter(exchange, this.chain)).verifyComplete();
			assertThat(exchange.getResponse().getStatusCode()).isNull();
		}
		assertThat(this.passedOn).hasValue(6);
	}

}
