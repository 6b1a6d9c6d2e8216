package org.bookingfleet.booking.idempotency;

public sealed interface IdempotencyDecision {

	/**
	 * Run the request: the key is new, expired, or its first run died before creating
	 * anything.
	 */
	record Proceed() implements IdempotencyDecision {
	}

	record Replay(StoredAnswer answer) implements IdempotencyDecision {
	}

	/**
	 * The first run created the booking and died before answering: answer from the
	 * booking as it is now.
	 */
	record Resume(String bookingId) implements IdempotencyDecision {
	}

	/** 409 IDEMPOTENCY_KEY_IN_USE. */
	record InUse() implements IdempotencyDecision {
	}

	/** 422 IDEMPOTENCY_KEY_REUSED. */
	record Reused() implements IdempotencyDecision {
	}

}
