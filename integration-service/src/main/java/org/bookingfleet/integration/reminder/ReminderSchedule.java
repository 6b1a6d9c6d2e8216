package org.bookingfleet.integration.reminder;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.bookingfleet.integration.booking.BookingSnapshot;

/**
 * The reminders of one booking over its life: planned, moved with it, cancelled with it,
 * sent when due.
 */
public final class ReminderSchedule {

	private final ReminderPlanner planner;

	private final Clock clock;

	private final List<Reminder> reminders;

	private ReminderSchedule(ReminderPlanner planner, Clock clock, List<Reminder> reminders) {
		this.planner = planner;
		this.clock = clock;
		this.reminders = List.copyOf(reminders);
	}

	public static ReminderSchedule planned(BookingSnapshot booking, Clock clock) {
		ReminderPlanner planner = new ReminderPlanner(clock);
		return new ReminderSchedule(planner, clock, planner.plan(booking));
	}

	public List<Reminder> reminders() {
		return reminders;
	}

	public List<Reminder> scheduled() {
		return reminders.stream().filter(r -> r.status() == ReminderStatus.SCHEDULED).toList();
	}

	/** The unsent reminders are cancelled and the moved booking gets a fresh plan. */
	public ReminderSchedule rescheduled(BookingSnapshot moved) {
		List<Reminder> next = new ArrayList<>(cancelScheduled());
		next.addAll(planner.plan(moved));
		return new ReminderSchedule(planner, clock, next);
	}

	public ReminderSchedule cancelled() {
		return new ReminderSchedule(planner, clock, cancelScheduled());
	}

	/** Reminders to send now: due, still scheduled, and their appointment not begun. */
	public List<Reminder> due() {
		var now = clock.instant();
		return reminders.stream().filter(r -> r.isDueAt(now)).toList();
	}

	public ReminderSchedule sent(Reminder reminder) {
		return new ReminderSchedule(planner, clock,
				reminders.stream().map(r -> r.equals(reminder) ? r.withStatus(ReminderStatus.SENT) : r).toList());
	}

	public ReminderSchedule missedOnesMarked() {
		var now = clock.instant();
		return new ReminderSchedule(planner, clock,
				reminders.stream().map(r -> r.isMissedAt(now) ? r.withStatus(ReminderStatus.MISSED) : r).toList());
	}

	private List<Reminder> cancelScheduled() {
		return reminders.stream()
			.map(r -> r.status() == ReminderStatus.SCHEDULED ? r.withStatus(ReminderStatus.CANCELLED) : r)
			.toList();
	}

}
