package org.bookingfleet.integration.job;

/**
 * The outside systems a job talks to; each gets its own timeout, retry, circuit breaker
 * and bulkhead.
 */
public enum Partner {

	GOHIGHLEVEL, GOOGLE_CALENDAR, PROOF, EMAIL, MESSAGING

}
