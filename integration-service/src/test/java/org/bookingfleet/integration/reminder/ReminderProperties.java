package org.bookingfleet.integration.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

import org.bookingfleet.integration.AdjustableClock;
import org.bookingfleet.integration.SampleBookings;

class ReminderProperties {

	private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

	@Property
	void everyPlannedReminderIsInTheFutureBeforeTheStartAndExactlyItsLeadAhead(
			@ForAll @LongRange(min = 0, max = 525_600) long startMinute,
			@ForAll @LongRange(min = 1, max = 4_320) long minutesAhead) {
		Instant start = EPOCH.plus(Duration.ofMinutes(startMinute));
		AdjustableClock clock = new AdjustableClock(start.minus(Duration.ofMinutes(minutesAhead)));

		List<Reminder> reminders = new ReminderPlanner(clock).plan(SampleBookings.haircut(start));

		for (Reminder reminder : reminders) {
			assertThat(reminder.dueAt()).isAfter(clock.instant()).isBefore(start);
			assertThat(Duration.between(reminder.dueAt(), start)).isEqualTo(reminder.kind().lead());
		}
		long kindsExpected = java.util.Arrays.stream(ReminderKind.values())
			.filter(kind -> kind.lead().toMinutes() < minutesAhead)
			.count();
		assertThat(reminders.stream().map(Reminder::kind).distinct().count()).isEqualTo(kindsExpected);
	}

}
