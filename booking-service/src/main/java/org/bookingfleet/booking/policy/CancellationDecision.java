package org.bookingfleet.booking.policy;

public sealed interface CancellationDecision {

	record Refund(long refundCents, long keptCents, String currency) implements CancellationDecision {
	}

	record Refused(String reason) implements CancellationDecision {
	}

}
