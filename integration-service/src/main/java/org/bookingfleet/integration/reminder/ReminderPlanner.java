package org.bookingfleet.integration.reminder;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.bookingfleet.integration.booking.BookingSnapshot;
import org.bookingfleet.integration.booking.Channel;

/**
 * Plans the reminders of a booking: 24 h, 2 h and 30 min of elapsed time before the
 * start, on every channel the customer can be reached on. Elapsed time, not wall-clock
 * time: across a DST change the day-before reminder still comes 24 real hours ahead, and
 * the message tells the start in the provider's local time. A reminder whose moment has
 * already passed when the booking is made is not planned, so a booking made 90 minutes
 * ahead gets the 30-minute one only.
 */
public final class ReminderPlanner {

	private final Clock clock;

	public ReminderPlanner(Clock clock) {
		this.clock = clock;
	}

	public List<Reminder> plan(BookingSnapshot booking) {
		Instant now = clock.instant();
		List<Reminder> reminders = new ArrayList<>();
		for (ReminderKind kind : ReminderKind.values()) {
			Instant dueAt = booking.start().minus(kind.lead());
			if (!dueAt.isAfter(now)) {
				continue;
			}
			for (Channel channel : booking.customer().reachableChannels()) {
				reminders.add(new Reminder(booking.bookingId(), booking.version(), kind, channel, dueAt,
						booking.start(), ReminderStatus.SCHEDULED));
			}
		}
		reminders.sort(Comparator.comparing(Reminder::dueAt).thenComparing(Reminder::channel));
		return List.copyOf(reminders);
	}

}
