package org.bookingfleet.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class DateHorizonTest {

	static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

	@Test
	void aWindowFromYearOneToYear9999IsRefused() {
		ApiException refused = catchThrowableOfType(ApiException.class, () -> DateHorizon.window("start",
				Instant.parse("0001-01-01T00:00:00Z"), "end", Instant.parse("9999-12-31T00:00:00Z"), NOW));

		assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
		assertThat(refused.field()).isEqualTo("start");
	}

	@Test
	void anEndBeyondTwoYearsAheadIsRefused() {
		ApiException refused = catchThrowableOfType(ApiException.class,
				() -> DateHorizon.window("from", NOW, "to", NOW.plus(Duration.ofDays(732)), NOW));

		assertThat(refused.field()).isEqualTo("to");
	}

	@Test
	void aWindowWhollyPastIsRefused() {
		ApiException refused = catchThrowableOfType(ApiException.class, () -> DateHorizon.window("from",
				NOW.minus(Duration.ofDays(10)), "to", NOW.minus(Duration.ofDays(2)), NOW));

		assertThat(refused.field()).isEqualTo("to");
	}

	@Test
	void aWindowLongerThanTwoYearsIsRefused() {
		ApiException refused = catchThrowableOfType(ApiException.class, () -> DateHorizon.window("validFrom",
				NOW.minus(Duration.ofDays(300)), "validUntil", NOW.plus(Duration.ofDays(700)), NOW));

		assertThat(refused.field()).isEqualTo("validUntil");
	}

	@Test
	void anEmptyOrReversedWindowIsRefused() {
		assertThat(
				catchThrowableOfType(ApiException.class, () -> DateHorizon.window("from", NOW, "to", NOW, NOW)).field())
			.isEqualTo("to");
	}

	@Test
	void aWindowThatStartedMonthsAgoAndRunsAYearMorePasses() {
		assertThatCode(() -> DateHorizon.window("validFrom", NOW.minus(Duration.ofDays(300)), "validUntil",
				NOW.plus(Duration.ofDays(200)), NOW))
			.doesNotThrowAnyException();
		assertThatCode(() -> DateHorizon.window("start", NOW.minus(Duration.ofHours(20)), "end",
				NOW.minus(Duration.ofHours(2)), NOW))
			.doesNotThrowAnyException();
	}

}
