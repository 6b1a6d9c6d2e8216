package org.bookingfleet.integration.job;

import java.time.Instant;

public sealed interface RetryDecision {

	record RetryAt(Instant at) implements RetryDecision {
	}

	record GiveUp(String reason) implements RetryDecision {
	}

}
