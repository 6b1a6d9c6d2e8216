package org.bookingfleet.integration.job;

public enum JobStatus {

	/** Waiting for its next attempt time (and for the job it runs after, if any). */
	PENDING,
	/** Claimed by a worker until its lease ends. */
	RUNNING, SUCCEEDED,
	/** The last attempt failed; only an admin retry brings it back. */
	DEAD,
	/** No longer wanted, for example a reminder of a cancelled booking. */
	CANCELLED;

	public boolean isFinal() {
		return this == SUCCEEDED || this == CANCELLED;
	}

}
