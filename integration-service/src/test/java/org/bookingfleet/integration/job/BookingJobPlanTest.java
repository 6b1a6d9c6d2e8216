package org.bookingfleet.integration.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bookingfleet.integration.AdjustableClock;
import org.bookingfleet.integration.SampleBookings;
import org.bookingfleet.integration.booking.BookingSnapshot;
import org.bookingfleet.integration.reminder.Reminder;
import org.bookingfleet.integration.reminder.ReminderPlanner;
import org.junit.jupiter.api.Test;

class BookingJobPlanTest {

	private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	private static final Instant START = Instant.parse("2026-12-05T15:00:00Z");

	private static Map<String, JobRequest> byKey(List<JobRequest> jobs) {
		return jobs.stream().collect(Collectors.toMap(JobRequest::dedupeKey, Function.identity()));
	}

	@Test
	void confirmedRonBookingFansOutToCrmCalendarProofEmailAndSms() {
		BookingSnapshot booking = SampleBookings.ronAcknowledgment(START);

		List<JobRequest> jobs = BookingJobPlan.confirmed(booking, NOW);

		assertThat(jobs).extracting(JobRequest::action)
			.containsExactlyInAnyOrder(JobAction.UPSERT_CONTACT, JobAction.TAG_CONTACT, JobAction.TRIGGER_WORKFLOW,
					JobAction.MOVE_OPPORTUNITY, JobAction.INSERT_CALENDAR_EVENT, JobAction.CREATE_RON_SESSION,
					JobAction.SEND_EMAIL, JobAction.SEND_SMS);
		assertThat(jobs).allSatisfy(job -> {
			assertThat(job.bookingId()).isEqualTo(booking.bookingId());
			assertThat(job.notBefore()).isEqualTo(NOW);
		});
	}

	@Test
	void confirmedHaircutNeedsNoProofSessionAndTextsOverWhatsApp() {
		List<JobRequest> jobs = BookingJobPlan.confirmed(SampleBookings.haircut(START), NOW);

		assertThat(jobs).extracting(JobRequest::action)
			.doesNotContain(JobAction.CREATE_RON_SESSION, JobAction.SEND_SMS)
			.contains(JobAction.SEND_WHATSAPP);
	}

	@Test
	void criticalRequirementOfAnAttendeeAlertsTheProvider() {
		BookingSnapshot course = SampleBookings.firstAidCourse(START);

		List<JobRequest> emails = BookingJobPlan.confirmed(course, NOW)
			.stream()
			.filter(job -> job.action() == JobAction.SEND_EMAIL)
			.toList();

		assertThat(emails).extracting(job -> job.payload().get(BookingJobPlan.PAYLOAD_RECIPIENT))
			.containsExactlyInAnyOrder("priya@example.com", "tom@example.com", "lex@reactfasttraining.example");
		assertThat(emails).extracting(job -> job.payload().get(BookingJobPlan.PAYLOAD_MESSAGE))
			.containsExactlyInAnyOrder("CONFIRMATION", "CONFIRMATION", "PROVIDER_ALERT");
	}

	@Test
	void bookingWithoutCriticalRequirementsAlertsNobody() {
		List<JobRequest> jobs = BookingJobPlan.confirmed(SampleBookings.haircut(START), NOW);

		assertThat(jobs).noneMatch(job -> "PROVIDER_ALERT".equals(job.payload().get(BookingJobPlan.PAYLOAD_MESSAGE)));
	}

	@Test
	void crmStepsWaitForTheContact() {
		Map<String, JobRequest> jobs = byKey(BookingJobPlan.confirmed(SampleBookings.ronAcknowledgment(START), NOW));
		String contact = BookingJobPlan.contactKey(SampleBookings.ronAcknowledgment(START));

		assertThat(jobs.values())
			.filteredOn(job -> job.action() == JobAction.TAG_CONTACT || job.action() == JobAction.TRIGGER_WORKFLOW
					|| job.action() == JobAction.MOVE_OPPORTUNITY)
			.hasSize(3)
			.allSatisfy(job -> assertThat(job.after()).contains(contact));
		assertThat(jobs.get(contact).after()).isEmpty();
	}

	@Test
	void everyJobThatWaitsWaitsForAJobOfItsOwnPartnerAndBooking() {
		for (BookingSnapshot booking : List.of(SampleBookings.ronAcknowledgment(START), SampleBookings.haircut(START),
				SampleBookings.courseForThree(START))) {
			List<JobRequest> confirmed = BookingJobPlan.confirmed(booking, NOW);
			Map<String, JobRequest> byKey = byKey(confirmed);
			List<JobRequest> later = new ArrayList<>(confirmed);
			later.addAll(BookingJobPlan
				.rescheduled(booking.movedTo(START.plusSeconds(3600), START.plusSeconds(3600 + 2700), 2), NOW));
			later.addAll(BookingJobPlan.cancelled(booking, 0, NOW));
			later.addAll(BookingJobPlan.completed(booking, NOW));
			later.addAll(BookingJobPlan.signerLink(booking, "https://proof.example/sign", NOW));
			later.addAll(BookingJobPlan.balanceDue(booking, 10_000, "USD", NOW));

			assertThat(later).filteredOn(job -> job.after().isPresent()).isNotEmpty().allSatisfy(job -> {
				JobRequest awaited = byKey.get(job.after().orElseThrow());
				assertThat(awaited).as("what %s waits for", job.dedupeKey()).isNotNull();
				assertThat(awaited.target()).isEqualTo(job.target());
				assertThat(awaited.bookingId()).isEqualTo(job.bookingId());
			});
		}
	}

	@Test
	void redeliveredConfirmationAsksForTheSameEffects() {
		BookingSnapshot booking = SampleBookings.ronAcknowledgment(START);

		List<JobRequest> first = BookingJobPlan.confirmed(booking, NOW);
		List<JobRequest> again = BookingJobPlan.confirmed(booking, NOW.plus(Duration.ofMinutes(3)));

		assertThat(again).extracting(JobRequest::dedupeKey)
			.containsExactlyInAnyOrderElementsOf(first.stream().map(JobRequest::dedupeKey).toList())
			.doesNotHaveDuplicates();
	}

	@Test
	void calendarInsertCarriesTheOneEventIdOfTheBooking() {
		BookingSnapshot booking = SampleBookings.haircut(START);

		JobRequest insert = BookingJobPlan.confirmed(booking, NOW)
			.stream()
			.filter(job -> job.action() == JobAction.INSERT_CALENDAR_EVENT)
			.findFirst()
			.orElseThrow();

		assertThat(insert.payload().get(BookingJobPlan.PAYLOAD_CALENDAR_EVENT_ID))
			.isEqualTo("bk0b7e6a521c2d4e3f9a0b1c2d3e4f5a6b")
			.matches("[0-9a-v]{5,1024}");
	}

	@Test
	void everyMoveOfABookingUpdatesItsCalendarEventAfterTheInsert() {
		BookingSnapshot booking = SampleBookings.haircut(START);
		Instant newStart = START.plus(Duration.ofDays(1));

		List<JobRequest> firstMove = BookingJobPlan
			.rescheduled(booking.movedTo(newStart, newStart.plusSeconds(2700), 2), NOW);
		List<JobRequest> secondMove = BookingJobPlan.rescheduled(booking.movedTo(START, START.plusSeconds(2700), 3),
				NOW);

		JobRequest update = firstMove.stream()
			.filter(job -> job.action() == JobAction.UPDATE_CALENDAR_EVENT)
			.findFirst()
			.orElseThrow();
		assertThat(update.after()).contains(BookingJobPlan.calendarInsertKey(booking));
		assertThat(firstMove).extracting(JobRequest::dedupeKey)
			.doesNotContainAnyElementsOf(secondMove.stream().map(JobRequest::dedupeKey).toList());
		assertThat(firstMove).extracting(JobRequest::action).contains(JobAction.SEND_EMAIL, JobAction.SEND_WHATSAPP);
	}

	@Test
	void cancellationDeletesTheEventMovesTheOpportunityTellsTheCustomerAndRecallsTheRonSession() {
		BookingSnapshot booking = SampleBookings.ronAcknowledgment(START);

		Map<String, JobRequest> jobs = byKey(BookingJobPlan.cancelled(booking, 2_500, NOW));

		assertThat(jobs.values()).extracting(JobRequest::action)
			.containsExactlyInAnyOrder(JobAction.TAG_CONTACT, JobAction.MOVE_OPPORTUNITY,
					JobAction.DELETE_CALENDAR_EVENT, JobAction.CANCEL_RON_SESSION, JobAction.SEND_EMAIL,
					JobAction.SEND_SMS);
		assertThat(jobs.get("proof:cancel:" + booking.bookingId()).after())
			.as("the recall waits for the transaction it recalls")
			.contains(BookingJobPlan.ronSessionKey(booking));
		assertThat(jobs.get("calendar:delete:" + booking.bookingId()).after())
			.contains(BookingJobPlan.calendarInsertKey(booking));
		assertThat(jobs.get("ghl:opportunity:CANCELLED:" + booking.bookingId()).payload())
			.containsEntry(BookingJobPlan.PAYLOAD_STAGE, "CANCELLED");
		assertThat(jobs.get("email:cancellation:" + booking.bookingId()).payload())
			.containsEntry(BookingJobPlan.PAYLOAD_ATTACH_INVITATION, "true")
			.containsEntry(BookingJobPlan.PAYLOAD_REFUND_CENTS, "2500");
	}

	@Test
	void theSignerLinkGoesByEmailAndSmsToTheCustomerOnlyInTheirLanguage() {
		BookingSnapshot booking = SampleBookings.ronAcknowledgment(START);

		Map<String, JobRequest> jobs = byKey(BookingJobPlan.signerLink(booking, "https://proof.example/sign/1", NOW));

		assertThat(jobs.keySet()).containsExactlyInAnyOrder("email:ron-signer-link:" + booking.bookingId(),
				"sms:ron-signer-link:" + booking.bookingId());
		assertThat(jobs.values()).allSatisfy(job -> assertThat(job.payload())
			.containsEntry(BookingJobPlan.PAYLOAD_LINK, "https://proof.example/sign/1")
			.containsEntry(BookingJobPlan.PAYLOAD_MESSAGE, "RON_SIGNER_LINK")
			.containsEntry(BookingJobPlan.PAYLOAD_LANGUAGE, booking.customer().languageTag()));
	}

	@Test
	void theBalanceIsAskedFor48HoursAheadOrAtOnceWhenTheStartIsCloserAndNeverAfterTheStart() {
		BookingSnapshot far = SampleBookings.ronAcknowledgment(NOW.plus(java.time.Duration.ofDays(5)));
		BookingSnapshot near = SampleBookings.ronAcknowledgment(NOW.plus(java.time.Duration.ofHours(20)));

		// by email and by SMS, the channels the customer chose
		assertThat(BookingJobPlan.balanceDue(far, 45_000, "USD", NOW)).hasSize(2).allSatisfy(job -> {
			assertThat(job.notBefore()).isEqualTo(far.start().minus(BookingJobPlan.BALANCE_LEAD));
			assertThat(job.payload()).containsEntry(BookingJobPlan.PAYLOAD_BALANCE_OF_CENTS, "45000")
				.containsEntry(BookingJobPlan.PAYLOAD_STARTS_AT, far.start().toString());
		})
			.extracting(job -> job.action() + " " + job.payload().get(BookingJobPlan.PAYLOAD_RECIPIENT))
			.containsExactly("SEND_EMAIL dana@example.com", "SEND_SMS +17135550101");
		assertThat(BookingJobPlan.balanceDue(SampleBookings.courseForThree(far.start()), 9_000_000, "ARS", NOW))
			.extracting(job -> job.action() + " " + job.dedupeKey())
			.containsExactly("SEND_EMAIL email:balance-due:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d:v2",
					"SEND_WHATSAPP whatsapp:balance-due:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d:v2");
		assertThat(BookingJobPlan.balanceDue(near, 45_000, "USD", NOW)).hasSize(2)
			.allSatisfy(job -> assertThat(job.notBefore()).isEqualTo(NOW));
		assertThat(BookingJobPlan.balanceDue(near, 45_000, "USD", near.start())).isEmpty();
	}

	@Test
	void completedBookingMovesTheOpportunityOnly() {
		assertThat(BookingJobPlan.completed(SampleBookings.haircut(START), NOW)).singleElement()
			.satisfies(job -> assertThat(job.payload()).containsEntry(BookingJobPlan.PAYLOAD_STAGE, "COMPLETED"));
	}

	@Test
	void reminderJobWaitsForTheReminderMomentOnItsChannel() {
		BookingSnapshot booking = SampleBookings.haircut(START);
		List<Reminder> reminders = new ReminderPlanner(new AdjustableClock(NOW)).plan(booking);

		List<JobRequest> jobs = reminders.stream().map(r -> BookingJobPlan.reminder(booking, r)).toList();

		assertThat(jobs).hasSize(6).extracting(JobRequest::dedupeKey).doesNotHaveDuplicates();
		assertThat(jobs).filteredOn(job -> job.action() == JobAction.SEND_WHATSAPP)
			.extracting(JobRequest::notBefore)
			.containsExactly(START.minus(Duration.ofHours(24)), START.minus(Duration.ofHours(2)),
					START.minus(Duration.ofMinutes(30)));
		assertThat(jobs).filteredOn(job -> job.action() == JobAction.SEND_WHATSAPP)
			.allSatisfy(
					job -> assertThat(job.payload()).containsEntry(BookingJobPlan.PAYLOAD_RECIPIENT, "+5491155550123")
						.containsEntry(BookingJobPlan.PAYLOAD_LANGUAGE, "es-AR"));
	}

	@Test
	void everyOtherAttendeeWithAnEmailGetsTheirOwnConfirmationWithTheInvitationOnce() {
		BookingSnapshot course = SampleBookings.courseForThree(START);

		List<JobRequest> confirmations = BookingJobPlan.confirmed(course, NOW)
			.stream()
			.filter(job -> "CONFIRMATION".equals(job.payload().get(BookingJobPlan.PAYLOAD_MESSAGE)))
			.filter(job -> job.action() == JobAction.SEND_EMAIL)
			.toList();

		assertThat(confirmations).extracting(job -> job.payload().get(BookingJobPlan.PAYLOAD_RECIPIENT))
			.containsExactlyInAnyOrder("buyer@example.com", "ana@example.com", "ben@example.com");
		assertThat(confirmations)
			.allSatisfy(job -> assertThat(job.payload()).containsEntry(BookingJobPlan.PAYLOAD_ATTACH_INVITATION, "true")
				.containsEntry(BookingJobPlan.PAYLOAD_LANGUAGE, "es-AR"));
		assertThat(confirmations).filteredOn(job -> job.payload().containsKey(BookingJobPlan.PAYLOAD_ADDRESSEE))
			.extracting(job -> job.payload().get(BookingJobPlan.PAYLOAD_ADDRESSEE))
			.containsExactlyInAnyOrder("Ana Díaz", "Ben Ortiz");
		assertThat(confirmations).extracting(JobRequest::dedupeKey).doesNotHaveDuplicates();
		assertThat(BookingJobPlan.confirmed(course, NOW.plusSeconds(60))).extracting(JobRequest::dedupeKey)
			.containsAll(confirmations.stream().map(JobRequest::dedupeKey).toList());
	}

	@Test
	void attendeesGetEmailRemindersAndTheBuyerOnTheirChannels() {
		BookingSnapshot course = SampleBookings.courseForThree(START);

		List<JobRequest> jobs = BookingJobPlan.reminders(course,
				new ReminderPlanner(new AdjustableClock(NOW)).plan(course));

		assertThat(jobs).filteredOn(job -> job.action() == JobAction.SEND_EMAIL)
			.extracting(job -> job.payload().get(BookingJobPlan.PAYLOAD_RECIPIENT))
			.containsOnly("buyer@example.com", "ana@example.com", "ben@example.com")
			.hasSize(9);
		assertThat(jobs).filteredOn(job -> job.action() == JobAction.SEND_WHATSAPP).hasSize(3);
		assertThat(jobs).extracting(JobRequest::dedupeKey).doesNotHaveDuplicates();
	}

}
