package org.bookingfleet.integration.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryAfterTest {

	private static final Instant NOW = Instant.parse("2026-12-05T15:00:00Z");

	@Test
	void secondsAreReadAsADelay() {
		assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofMinutes(2));
	}

	@Test
	void anHttpDateIsReadAsTheTimeLeftUntilIt() {
		assertThat(RetryAfter.parse("Sat, 05 Dec 2026 15:01:30 GMT", NOW)).contains(Duration.ofSeconds(90));
	}

	@Test
	void anHttpDateAlreadyPastMeansNoWait() {
		assertThat(RetryAfter.parse("Sat, 05 Dec 2026 14:00:00 GMT", NOW)).contains(Duration.ZERO);
	}

	@Test
	void anUnreadableHeaderIsIgnored() {
		assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
		assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
		assertThat(RetryAfter.parse("", NOW)).isEmpty();
		assertThat(RetryAfter.parse(null, NOW)).isEmpty();
		assertThat(RetryAfter.parse("99999999999999999999999", NOW)).isEmpty();
	}

}
