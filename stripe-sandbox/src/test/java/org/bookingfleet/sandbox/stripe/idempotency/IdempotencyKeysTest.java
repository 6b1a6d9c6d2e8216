package org.bookingfleet.sandbox.stripe.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyKeysTest {

	private static final String CREATE_INTENT = "POST /v1/payment_intents";

	private final MovableClock clock = new MovableClock(Instant.parse("2026-12-05T15:00:00Z"));

	private final IdempotencyKeys keys = new IdempotencyKeys(clock);

	@Test
	void theFirstAnswerIsReplayedToTheSameRequest() {
		assertThat(keys.admit("k1", CREATE_INTENT, "amount=5000")).isInstanceOf(Admission.Proceed.class);
		keys.record("k1", new StoredResponse(200, "{\"id\":\"pi_1\"}"));

		assertThat(keys.admit("k1", CREATE_INTENT, "amount=5000"))
			.isEqualTo(new Admission.Replay(new StoredResponse(200, "{\"id\":\"pi_1\"}")));
	}

	@Test
	void aDeclineIsReplayedTooBecauseTheRequestRan() {
		keys.admit("k1", CREATE_INTENT, "confirm=true");
		keys.record("k1", new StoredResponse(402, "{\"error\":{}}"));

		assertThat(keys.admit("k1", CREATE_INTENT, "confirm=true"))
			.isEqualTo(new Admission.Replay(new StoredResponse(402, "{\"error\":{}}")));
	}

	@Test
	void theKeyWithOtherParametersIsAnIdempotencyError() {
		keys.admit("k1", CREATE_INTENT, "amount=5000");
		keys.record("k1", new StoredResponse(200, "{}"));

		Admission admission = keys.admit("k1", CREATE_INTENT, "amount=6000");

		assertThat(admission).isInstanceOf(Admission.Refuse.class);
		assertThat(((Admission.Refuse) admission).error().type()).isEqualTo("idempotency_error");
		assertThat(((Admission.Refuse) admission).error().httpStatus()).isEqualTo(400);
	}

	@Test
	void theKeyOnAnotherEndpointIsAnIdempotencyError() {
		keys.admit("k1", CREATE_INTENT, "amount=5000");
		keys.record("k1", new StoredResponse(200, "{}"));

		Admission admission = keys.admit("k1", "POST /v1/refunds", "amount=5000");

		assertThat(((Admission.Refuse) admission).error().message()).contains("same endpoint");
	}

	@Test
	void aSecondRequestWhileTheFirstRunsIsToldToRetry() {
		keys.admit("k1", CREATE_INTENT, "amount=5000");

		Admission admission = keys.admit("k1", CREATE_INTENT, "amount=5000");

		assertThat(((Admission.Refuse) admission).error().httpStatus()).isEqualTo(409);
	}

	@Test
	void anAnswerThatWasNotKeptLeavesTheKeyFree() {
		keys.admit("k1", CREATE_INTENT, "amount=");
		keys.forget("k1");

		assertThat(keys.admit("k1", CREATE_INTENT, "amount=5000")).isInstanceOf(Admission.Proceed.class);
	}

	@Test
	void aKeyIsForgottenAfterTwentyFourHours() {
		keys.admit("k1", CREATE_INTENT, "amount=5000");
		keys.record("k1", new StoredResponse(200, "{}"));

		clock.advance(Duration.ofHours(24));

		assertThat(keys.admit("k1", CREATE_INTENT, "amount=6000")).isInstanceOf(Admission.Proceed.class);
	}

	@Test
	void aKeyLongerThanStripeAllowsIsRefused() {
		assertThat(keys.admit("k".repeat(256), CREATE_INTENT, "")).isInstanceOf(Admission.Refuse.class);
	}

	@Test
	void ofManyConcurrentRequestsWithOneKeyExactlyOneRuns() throws Exception {
		int requests = 32;
		ExecutorService pool = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Admission>> admissions = new ArrayList<>();
		try {
			for (int i = 0; i < requests; i++) {
				Callable<Admission> admit = () -> {
					start.await();
					return keys.admit("shared", CREATE_INTENT, "amount=5000");
				};
				admissions.add(pool.submit(admit));
			}
			start.countDown();
			long proceeding = 0;
			for (Future<Admission> admission : admissions) {
				if (admission.get() instanceof Admission.Proceed) {
					proceeding++;
				}
			}
			assertThat(proceeding).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
