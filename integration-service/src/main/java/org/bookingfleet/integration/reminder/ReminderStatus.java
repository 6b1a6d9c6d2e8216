package org.bookingfleet.integration.reminder;

public enum ReminderStatus {

	SCHEDULED, SENT,
	/** The booking moved or was cancelled. */
	CANCELLED,
	/** Its moment passed while it could not be sent, and the appointment has begun. */
	MISSED

}
