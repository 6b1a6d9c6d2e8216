package org.bookingfleet.integration.reminder;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.bookingfleet.events.Topics;
import org.bookingfleet.events.booking.BookingCancelled;
import org.bookingfleet.integration.WithPartners;
import org.bookingfleet.integration.calendar.CalendarEventId;
import org.bookingfleet.integration.job.BookingJobPlan;
import org.bookingfleet.integration.job.IntegrationJob;
import org.bookingfleet.integration.job.JobStatus;
import org.bookingfleet.integration.job.Partner;
import org.bookingfleet.integration.job.internal.partner.JobWorkers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RemindersIntegrationTest extends WithPartners {

	private static final ZoneId HOUSTON = ZoneId.of("America/Chicago");

	@Autowired
	JobWorkers workers;

	private List<IntegrationJob> reminders(UUID bookingId) {
		return jobsOf(bookingId).stream()
			.filter(job -> job.payload().containsKey(BookingJobPlan.PAYLOAD_REMINDER))
			.toList();
	}

	private static List<String> reminderSubjects(UUID bookingId) {
		return Arrays.stream(MAIL.getReceivedMessages())
			.filter(message -> to(message, customerEmail(bookingId)))
			.map(RemindersIntegrationTest::subject)
			.filter(subject -> subject.startsWith("Reminder"))
			.toList();
	}

	private static boolean to(MimeMessage message, String address) {
		try {
			return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void remindersFireAtTheirInstantsAcrossTheSpringForwardAndNeverAfterTheCancellation() {
		// The appointment is at 10:00 on the day Chicago's clocks spring forward; the
		// day-before reminder comes
		// 24 real hours earlier, which the clocks of the day before read as 09:00.
		ZonedDateTime change = ZonedDateTime.ofInstant(
				HOUSTON.getRules().nextTransition(clock.instant().plus(Duration.ofDays(2))).getInstant(), HOUSTON);
		Instant start = change.toLocalDate().atTime(LocalTime.of(10, 0)).atZone(HOUSTON).toInstant();
		UUID bookingId = UUID.randomUUID();
		publish(confirmed(bookingId, "MOBILE", start, "America/Chicago", List.of("EMAIL"), List.of()), bookingId, 2);
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(reminders(bookingId)).hasSize(3));
		Instant dayBefore = start.minus(Duration.ofHours(24));
		assertThat(reminders(bookingId)).extracting(IntegrationJob::nextAttemptAt)
			.containsExactlyInAnyOrder(dayBefore, start.minus(Duration.ofHours(2)),
					start.minus(Duration.ofMinutes(30)));
		assertThat(dayBefore.atZone(HOUSTON).toLocalTime()).isEqualTo(LocalTime.of(9, 0));

		clock.shiftTo(dayBefore.minusSeconds(60));
		workers.runDue(Partner.EMAIL).block(Duration.ofSeconds(30));
		assertThat(reminderSubjects(bookingId)).isEmpty();

		clock.shiftTo(dayBefore);
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(reminderSubjects(bookingId)).containsExactly("Reminder: Standard Notary tomorrow at 10:00 AM");
			assertThat(outboxEvents("ReminderSent", bookingId, Topics.INTEGRATION)).isEqualTo(1);
		});

		publish(new BookingCancelled(bookingId, "svc-mobile", 7L, start, start.plus(Duration.ofMinutes(30)), 0, "USD",
				"customer asked", "customer"), bookingId, 3);
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(reminders(bookingId)).extracting(IntegrationJob::status)
				.containsExactlyInAnyOrder(JobStatus.SUCCEEDED, JobStatus.CANCELLED, JobStatus.CANCELLED);
			PARTNERS.verify(deleteRequestedFor(urlPathEqualTo(
					"/calendar/v3/calendars/primary/events/" + CalendarEventId.forBooking(bookingId).value())));
		});

		clock.shiftTo(start.plusSeconds(60));
		workers.runDue(Partner.EMAIL).block(Duration.ofSeconds(30));
		assertThat(reminderSubjects(bookingId)).hasSize(1);
		assertThat(outboxEvents("ReminderSent", bookingId, Topics.INTEGRATION)).isEqualTo(1);
	}

	@Test
	void bookingMadeNinetyMinutesAheadIsRemindedHalfAnHourBeforeOnly() {
		UUID bookingId = UUID.randomUUID();
		Instant start = clock.instant().plus(Duration.ofMinutes(90)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		publish(confirmed(bookingId, "MOBILE", start, "America/Chicago", List.of("EMAIL", "SMS"), List.of()), bookingId,
				2);

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(reminders(bookingId)).hasSize(2).allSatisfy(job -> {
				assertThat(job.payload()).containsEntry(BookingJobPlan.PAYLOAD_REMINDER, "HALF_HOUR_BEFORE");
				assertThat(job.nextAttemptAt()).isEqualTo(start.minus(Duration.ofMinutes(30)));
			}));
	}

}
