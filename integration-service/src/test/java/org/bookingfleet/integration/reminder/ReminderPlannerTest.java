package org.bookingfleet.integration.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.bookingfleet.integration.AdjustableClock;
import org.bookingfleet.integration.SampleBookings;
import org.bookingfleet.integration.booking.Channel;
import org.junit.jupiter.api.Test;

class ReminderPlannerTest {

	private static final Instant START = Instant.parse("2026-12-05T15:00:00Z");

	@Test
	void bookingMadeDaysAheadGetsThreeRemindersPerChannel() {
		AdjustableClock clock = new AdjustableClock(START.minus(Duration.ofDays(5)));

		List<Reminder> reminders = new ReminderPlanner(clock).plan(SampleBookings.ronAcknowledgment(START));

		assertThat(reminders).extracting(Reminder::kind, Reminder::channel, Reminder::dueAt)
			.containsExactly(tuple(ReminderKind.DAY_BEFORE, Channel.EMAIL, Instant.parse("2026-12-04T15:00:00Z")),
					tuple(ReminderKind.DAY_BEFORE, Channel.SMS, Instant.parse("2026-12-04T15:00:00Z")),
					tuple(ReminderKind.TWO_HOURS_BEFORE, Channel.EMAIL, Instant.parse("2026-12-05T13:00:00Z")),
					tuple(ReminderKind.TWO_HOURS_BEFORE, Channel.SMS, Instant.parse("2026-12-05T13:00:00Z")),
					tuple(ReminderKind.HALF_HOUR_BEFORE, Channel.EMAIL, Instant.parse("2026-12-05T14:30:00Z")),
					tuple(ReminderKind.HALF_HOUR_BEFORE, Channel.SMS, Instant.parse("2026-12-05T14:30:00Z")));
	}

	@Test
	void bookingMadeNinetyMinutesAheadGetsOnlyTheHalfHourReminder() {
		AdjustableClock clock = new AdjustableClock(START.minus(Duration.ofMinutes(90)));

		List<Reminder> reminders = new ReminderPlanner(clock).plan(SampleBookings.ronAcknowledgment(START));

		assertThat(reminders).extracting(Reminder::kind).containsOnly(ReminderKind.HALF_HOUR_BEFORE);
		assertThat(reminders).extracting(Reminder::dueAt).containsOnly(START.minus(Duration.ofMinutes(30)));
	}

	@Test
	void bookingMadeTwentyMinutesAheadGetsNoReminder() {
		AdjustableClock clock = new AdjustableClock(START.minus(Duration.ofMinutes(20)));

		assertThat(new ReminderPlanner(clock).plan(SampleBookings.ronAcknowledgment(START))).isEmpty();
	}

	@Test
	void textRemindersNeedAPhoneNumber() {
		AdjustableClock clock = new AdjustableClock(START.minus(Duration.ofDays(3)));

		List<Reminder> reminders = new ReminderPlanner(clock).plan(SampleBookings.firstAidCourse(START));

		assertThat(reminders).extracting(Reminder::channel).containsOnly(Channel.EMAIL);
	}

	@Test
	void dayBeforeReminderComesTwentyFourRealHoursAheadAcrossTheSpringForward() {
		// Clocks in Chicago jump from 02:00 to 03:00 on Sunday 8 March 2026.
		Instant mondayNine = ZonedDateTime.of(LocalDateTime.parse("2026-03-09T09:00"), SampleBookings.HOUSTON)
			.toInstant();
		Instant sundayTen = ZonedDateTime.of(LocalDateTime.parse("2026-03-08T10:00"), SampleBookings.HOUSTON)
			.toInstant();
		AdjustableClock clock = new AdjustableClock(Instant.parse("2026-03-01T00:00:00Z"));

		List<Reminder> monday = new ReminderPlanner(clock).plan(SampleBookings.ronAcknowledgment(mondayNine));
		List<Reminder> sunday = new ReminderPlanner(clock).plan(SampleBookings.ronAcknowledgment(sundayTen));

		assertThat(dueOf(monday, ReminderKind.DAY_BEFORE).atZone(SampleBookings.HOUSTON).toLocalDateTime())
			.isEqualTo(LocalDateTime.parse("2026-03-08T09:00"));
		assertThat(dueOf(sunday, ReminderKind.DAY_BEFORE).atZone(SampleBookings.HOUSTON).toLocalDateTime())
			.isEqualTo(LocalDateTime.parse("2026-03-07T09:00"));
		assertThat(dueOf(sunday, ReminderKind.TWO_HOURS_BEFORE).atZone(SampleBookings.HOUSTON).toLocalDateTime())
			.isEqualTo(LocalDateTime.parse("2026-03-08T08:00"));
		assertThat(Duration.between(dueOf(sunday, ReminderKind.DAY_BEFORE), sundayTen)).isEqualTo(Duration.ofHours(24));
	}

	@Test
	void twoHourReminderOfAnEarlyMorningBookingSpansTheFallBackHour() {
		// Clocks in London go back from 02:00 to 01:00 on Sunday 25 October 2026.
		Instant sundayTwoThirty = ZonedDateTime.of(LocalDateTime.parse("2026-10-25T02:30"), SampleBookings.LONDON)
			.toInstant();
		AdjustableClock clock = new AdjustableClock(Instant.parse("2026-10-20T00:00:00Z"));

		List<Reminder> reminders = new ReminderPlanner(clock).plan(SampleBookings.firstAidCourse(sundayTwoThirty));

		Instant twoHoursBefore = dueOf(reminders, ReminderKind.TWO_HOURS_BEFORE);
		assertThat(twoHoursBefore).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
		assertThat(twoHoursBefore.atZone(SampleBookings.LONDON).toLocalTime()).hasToString("01:30");
		assertThat(twoHoursBefore.atZone(SampleBookings.LONDON).getOffset().getTotalSeconds()).isEqualTo(3600);
	}

	private static Instant dueOf(List<Reminder> reminders, ReminderKind kind) {
		return reminders.stream().filter(r -> r.kind() == kind).map(Reminder::dueAt).findFirst().orElseThrow();
	}

}
