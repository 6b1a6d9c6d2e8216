package org.bookingfleet.booking.policy;

public sealed interface RescheduleDecision {

	record Allowed(long feeCents, String currency) implements RescheduleDecision {
	}

	record Refused(String reason) implements RescheduleDecision {
	}

}
