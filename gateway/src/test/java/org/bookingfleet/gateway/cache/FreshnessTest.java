package org.bookingfleet.gateway.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class FreshnessTest {

	private static final Duration CEILING = Duration.ofSeconds(10);

	@Test
	void aPublicAnswerIsKeptForItsLifetimeUpToTheGatewaysCeiling() {
		assertThat(Freshness.of("max-age=60, public", CEILING).lifetime()).isEqualTo(CEILING);
		assertThat(Freshness.of("public, max-age=4", CEILING).lifetime()).isEqualTo(Duration.ofSeconds(4));
		assertThat(Freshness.of("public, max-age=60, s-maxage=2", CEILING).lifetime()).isEqualTo(Duration.ofSeconds(2));
	}

	@Test
	void anAnswerThatIsNotPublicOrHasNoLifetimeIsNotKept() {
		assertThat(Freshness.of(null, CEILING).allowsKeeping()).isFalse();
		assertThat(Freshness.of("max-age=60", CEILING).allowsKeeping()).isFalse();
		assertThat(Freshness.of("public", CEILING).allowsKeeping()).isFalse();
		assertThat(Freshness.of("public, max-age=0", CEILING).allowsKeeping()).isFalse();
		assertThat(Freshness.of("private, max-age=60", CEILING).allowsKeeping()).isFalse();
		assertThat(Freshness.of("public, max-age=60, no-store", CEILING).allowsKeeping()).isFalse();
		assertThat(Freshness.of("public, no-cache, max-age=60", CEILING).allowsKeeping()).isFalse();
		assertThat(Freshness.of("public, max-age=soon", CEILING).allowsKeeping()).isFalse();
	}

	@Test
	void aKeptAnswerIsGoneOnceStaleAndAFullCacheMakesRoom() {
		MovingClock clock = new MovingClock(Instant.parse("2026-12-04T10:00:00Z"));
		PublicAnswers answers = new PublicAnswers(2, clock);
		answers.keep("/api/v2/services?null", answer(clock.instant(), Duration.ofSeconds(10)), answers.changes());

		clock.advance(Duration.ofSeconds(9));
		assertThat(answers.fresh("/api/v2/services?null")).isNotNull();
		clock.advance(Duration.ofSeconds(1));
		assertThat(answers.fresh("/api/v2/services?null")).isNull();

		answers.keep("a", answer(clock.instant(), Duration.ofSeconds(10)), answers.changes());
		answers.keep("b", answer(clock.instant(), Duration.ofSeconds(10)), answers.changes());
		answers.keep("c", answer(clock.instant(), Duration.ofSeconds(10)), answers.changes());
		assertThat(answers.size()).isEqualTo(2);
		assertThat(answers.fresh("c")).isNotNull();
	}

	private static KeptAnswer answer(Instant now, Duration lifetime) {
		return new KeptAnswer("pricing-service", new byte[] { '[', ']' }, "application/json", "\"v1\"",
				"max-age=60, public", now, now.plus(lifetime));
	}

	static final class MovingClock extends Clock {

		private Instant now;

		MovingClock(Instant now) {
			this.now = now;
		}

		void advance(Duration by) {
			this.now = this.now.plus(by);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
