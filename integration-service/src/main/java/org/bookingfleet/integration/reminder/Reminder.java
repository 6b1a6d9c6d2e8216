package org.bookingfleet.integration.reminder;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.bookingfleet.integration.booking.Channel;

/**
 * One reminder on one channel; {@code bookingVersion} tells the reminders of a moved
 * booking apart.
 */
public record Reminder(UUID bookingId, long bookingVersion, ReminderKind kind, Channel channel, Instant dueAt,
		Instant appointmentStart, ReminderStatus status) {

	public Reminder {
		Objects.requireNonNull(bookingId, "bookingId");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(dueAt, "dueAt");
		Objects.requireNonNull(appointmentStart, "appointmentStart");
		Objects.requireNonNull(status, "status");
	}

	public boolean isDueAt(Instant now) {
		return status == ReminderStatus.SCHEDULED && !dueAt.isAfter(now) && now.isBefore(appointmentStart);
	}

	/**
	 * A scheduled reminder still unsent when the appointment starts is of no use any
	 * more.
	 */
	public boolean isMissedAt(Instant now) {
		return status == ReminderStatus.SCHEDULED && !now.isBefore(appointmentStart);
	}

	public String dedupeKey() {
		return "reminder:" + bookingId + ":v" + bookingVersion + ":" + kind + ":" + channel;
	}

	public Reminder withStatus(ReminderStatus newStatus) {
		return new Reminder(bookingId, bookingVersion, kind, channel, dueAt, appointmentStart, newStatus);
	}
}
