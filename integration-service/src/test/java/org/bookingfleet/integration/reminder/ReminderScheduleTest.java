package org.bookingfleet.integration.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bookingfleet.integration.AdjustableClock;
import org.bookingfleet.integration.SampleBookings;
import org.bookingfleet.integration.booking.BookingSnapshot;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

	private static final Instant START = Instant.parse("2026-12-05T15:00:00Z");

	/**
	 * Walks the clock minute by minute and sends whatever is due, as a worker polling
	 * every minute would.
	 */
	private static List<Instant> sendTimesUntil(ReminderSchedule[] schedule, AdjustableClock clock, Instant end) {
		List<Instant> sentAt = new ArrayList<>();
		while (clock.instant().isBefore(end)) {
			for (Reminder due : schedule[0].due()) {
				schedule[0] = schedule[0].sent(due);
				sentAt.add(clock.instant());
			}
			clock.advance(Duration.ofMinutes(1));
		}
		return sentAt;
	}

	@Test
	void remindersFireAtTheirInstantsUnderAMovingClock() {
		AdjustableClock clock = new AdjustableClock(Instant.parse("2026-12-01T10:00:00Z"));
		BookingSnapshot booking = SampleBookings.haircut(START);
		ReminderSchedule[] schedule = { ReminderSchedule.planned(booking, clock) };

		List<Instant> sentAt = sendTimesUntil(schedule, clock, START.plus(Duration.ofHours(1)));

		assertThat(sentAt).containsExactly(Instant.parse("2026-12-04T15:00:00Z"), Instant.parse("2026-12-04T15:00:00Z"),
				Instant.parse("2026-12-05T13:00:00Z"), Instant.parse("2026-12-05T13:00:00Z"),
				Instant.parse("2026-12-05T14:30:00Z"), Instant.parse("2026-12-05T14:30:00Z"));
		assertThat(schedule[0].scheduled()).isEmpty();
	}

	@Test
	void noReminderFiresAfterTheBookingIsCancelled() {
		AdjustableClock clock = new AdjustableClock(Instant.parse("2026-12-01T10:00:00Z"));
		ReminderSchedule[] schedule = { ReminderSchedule.planned(SampleBookings.haircut(START), clock) };
		List<Instant> beforeCancel = sendTimesUntil(schedule, clock, Instant.parse("2026-12-05T12:00:00Z"));

		schedule[0] = schedule[0].cancelled();
		List<Instant> afterCancel = sendTimesUntil(schedule, clock, START.plus(Duration.ofDays(1)));

		assertThat(beforeCancel).hasSize(2);
		assertThat(afterCancel).isEmpty();
		assertThat(schedule[0].reminders()).extracting(Reminder::status)
			.containsOnly(ReminderStatus.SENT, ReminderStatus.CANCELLED);
	}

	@Test
	void movedBookingIsRemindedOfItsNewTimeOnly() {
		AdjustableClock clock = new AdjustableClock(Instant.parse("2026-12-01T10:00:00Z"));
		BookingSnapshot booking = SampleBookings.haircut(START);
		ReminderSchedule[] schedule = { ReminderSchedule.planned(booking, clock) };
		Instant newStart = START.plus(Duration.ofDays(2));

		schedule[0] = schedule[0].rescheduled(booking.movedTo(newStart, newStart.plus(Duration.ofMinutes(45)), 2));
		List<Instant> sentAt = sendTimesUntil(schedule, clock, newStart);

		assertThat(sentAt).containsExactly(newStart.minus(Duration.ofHours(24)), newStart.minus(Duration.ofHours(24)),
				newStart.minus(Duration.ofHours(2)), newStart.minus(Duration.ofHours(2)),
				newStart.minus(Duration.ofMinutes(30)), newStart.minus(Duration.ofMinutes(30)));
		assertThat(schedule[0].reminders()).filteredOn(r -> r.bookingVersion() == 1)
			.extracting(Reminder::status)
			.containsOnly(ReminderStatus.CANCELLED);
	}

	@Test
	void reminderStillUnsentWhenTheAppointmentBeginsIsMissedNotSentLate() {
		AdjustableClock clock = new AdjustableClock(START.minus(Duration.ofHours(1)));
		ReminderSchedule schedule = ReminderSchedule.planned(SampleBookings.haircut(START), clock);

		clock.set(START.plusSeconds(1));

		assertThat(schedule.due()).isEmpty();
		assertThat(schedule.missedOnesMarked().reminders()).extracting(Reminder::status)
			.containsOnly(ReminderStatus.MISSED);
	}

}
