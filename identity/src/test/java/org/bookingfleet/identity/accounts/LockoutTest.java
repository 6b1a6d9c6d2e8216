package org.bookingfleet.identity.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LockoutTest {

	private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

	@Test
	void theFifthWrongPasswordInARowLocksForFifteenMinutes() {
		Lockout lockout = Lockout.clear();
		for (int i = 1; i < Lockout.MAX_FAILURES; i++) {
			lockout = lockout.afterFailure(NOW);
			assertThat(lockout.lockedAt(NOW)).isFalse();
		}
		lockout = lockout.afterFailure(NOW);
		assertThat(lockout.lockedAt(NOW)).isTrue();
		assertThat(lockout.lockedAt(NOW.plus(Duration.ofMinutes(15)).minusSeconds(1))).isTrue();
		assertThat(lockout.lockedAt(NOW.plus(Duration.ofMinutes(15)))).isFalse();
	}

	@Test
	void aFailureWhileLockedDoesNotLengthenTheLock() {
		Lockout locked = new Lockout(5, NOW.plus(Lockout.LOCK));
		assertThat(locked.afterFailure(NOW.plusSeconds(60))).isEqualTo(locked);
	}

	@Test
	void afterTheLockRunsOutTheCountStartsAgain() {
		Lockout expired = new Lockout(5, NOW.minusSeconds(1));
		Lockout next = expired.afterFailure(NOW);
		assertThat(next).isEqualTo(new Lockout(1, null));
	}

}
