package org.bookingfleet.booking.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdempotencyRulesTest {

	private static final Instant CLAIMED = Instant.parse("2026-12-01T12:00:00Z");

	private static final String BODY = RequestFingerprint.of("customer-1", "{\"serviceId\":\"svc-1\"}");

	private static final String OTHER_BODY = RequestFingerprint.of("customer-1", "{\"serviceId\":\"svc-2\"}");

	private static final StoredAnswer CREATED = new StoredAnswer(201, "{\"id\":\"b-1\"}", null);

	private final IdempotencyRules rules = IdempotencyRules.STANDARD;

	@Test
	void newKeyProceeds() {
		assertThat(rules.decide(Optional.empty(), BODY, CLAIMED)).isEqualTo(new IdempotencyDecision.Proceed());
	}

	@Test
	void sameKeyAndBodyReplaysTheFirstAnswer() {
		IdempotencyRecord answered = new IdempotencyRecord("k", BODY, CLAIMED, "b-1", CREATED);

		assertThat(rules.decide(Optional.of(answered), BODY, CLAIMED.plus(Duration.ofHours(3))))
			.isEqualTo(new IdempotencyDecision.Replay(CREATED));
	}

	@Test
	void sameKeyWithAnotherBodyIsReused() {
		IdempotencyRecord answered = new IdempotencyRecord("k", BODY, CLAIMED, "b-1", CREATED);

		assertThat(rules.decide(Optional.of(answered), OTHER_BODY, CLAIMED.plusSeconds(1)))
			.isEqualTo(new IdempotencyDecision.Reused());
	}

	@Test
	void sameKeyFromAnotherCallerIsReusedNotReplayed() {
		IdempotencyRecord answered = new IdempotencyRecord("k", BODY, CLAIMED, "b-1", CREATED);
		String sameBodyOtherCaller = RequestFingerprint.of("customer-2", "{\"serviceId\":\"svc-1\"}");

		assertThat(rules.decide(Optional.of(answered), sameBodyOtherCaller, CLAIMED.plusSeconds(1)))
			.isEqualTo(new IdempotencyDecision.Reused());
	}

	@Test
	void duplicateWhileTheFirstStillRunsIsInUse() {
		IdempotencyRecord running = new IdempotencyRecord("k", BODY, CLAIMED, null, null);

		assertThat(rules.decide(Optional.of(running), BODY, CLAIMED.plusSeconds(2)))
			.isEqualTo(new IdempotencyDecision.InUse());
	}

	@Test
	void firstRunThatDiedBeforeCreatingAnythingIsRunAgainAfterItsLease() {
		IdempotencyRecord abandoned = new IdempotencyRecord("k", BODY, CLAIMED, null, null);

		assertThat(rules.decide(Optional.of(abandoned), BODY, CLAIMED.plus(Duration.ofMinutes(1))))
			.isEqualTo(new IdempotencyDecision.Proceed());
	}

	@Test
	void firstRunThatDiedAfterCreatingTheBookingIsResumedNotRepeated() {
		IdempotencyRecord unanswered = new IdempotencyRecord("k", BODY, CLAIMED, "b-1", null);

		assertThat(rules.decide(Optional.of(unanswered), BODY, CLAIMED.plus(Duration.ofMinutes(1))))
			.isEqualTo(new IdempotencyDecision.Resume("b-1"));
	}

	@Test
	void keyExpiresAfter24Hours() {
		IdempotencyRecord old = new IdempotencyRecord("k", BODY, CLAIMED, "b-1", CREATED);

		assertThat(rules.decide(Optional.of(old), OTHER_BODY, CLAIMED.plus(Duration.ofHours(24))))
			.isEqualTo(new IdempotencyDecision.Proceed());
		assertThat(rules.decide(Optional.of(old), BODY, CLAIMED.plus(Duration.ofHours(24)).minusSeconds(1)))
			.isEqualTo(new IdempotencyDecision.Replay(CREATED));
	}

	@Test
	void serverFailuresAreNotKept() {
		assertThat(rules.keepsAnswer(201)).isTrue();
		assertThat(rules.keepsAnswer(422)).isTrue();
		assertThat(rules.keepsAnswer(503)).isFalse();
	}

}
