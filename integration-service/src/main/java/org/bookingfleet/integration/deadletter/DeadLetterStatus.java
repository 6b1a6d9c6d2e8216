package org.bookingfleet.integration.deadletter;

/**
 * Where a dead letter stands at the desk: waiting for an admin, sent back to its topic,
 * or put aside.
 */
public enum DeadLetterStatus {

	NEW, RETRIED, DISMISSED

}
