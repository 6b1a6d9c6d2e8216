package org.bookingfleet.integration.reminder;

import java.time.Duration;

import org.bookingfleet.integration.message.MessageKind;

public enum ReminderKind {

	DAY_BEFORE(Duration.ofHours(24), MessageKind.REMINDER_24H),
	TWO_HOURS_BEFORE(Duration.ofHours(2), MessageKind.REMINDER_2H),
	HALF_HOUR_BEFORE(Duration.ofMinutes(30), MessageKind.REMINDER_30M);

	private final Duration lead;

	private final MessageKind message;

	ReminderKind(Duration lead, MessageKind message) {
		this.lead = lead;
		this.message = message;
	}

	public Duration lead() {
		return lead;
	}

	public MessageKind message() {
		return message;
	}

}
