package org.bookingfleet.integration.job;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.Topics;
import org.bookingfleet.events.booking.Attendee;
import org.bookingfleet.events.booking.BookingConfirmed;
import org.bookingfleet.events.booking.BookingRescheduled;
import org.bookingfleet.integration.WithPartners;
import org.bookingfleet.integration.calendar.CalendarEventId;
import org.junit.jupiter.api.Test;

class BookingJobPlanningIntegrationTest extends WithPartners {

	private static final ZoneId HOUSTON = ZoneId.of("America/Chicago");

	private static boolean isReminder(IntegrationJob job) {
		return job.payload().containsKey(BookingJobPlan.PAYLOAD_REMINDER);
	}

	@Test
	void confirmedRonBookingReachesEveryPartnerOnce() throws Exception {
		UUID bookingId = UUID.randomUUID();
		Instant start = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
		List<Attendee> attendees = List.of(new Attendee("Dana Smith", customerEmail(bookingId),
				List.of(new Attendee.Requirement("WHEELCHAIR_ACCESS", "CRITICAL", "step-free entrance"))));
		publish(confirmed(bookingId, "RON", start, "America/Chicago", List.of("EMAIL", "SMS", "WHATSAPP"), attendees),
				bookingId, 3);

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(jobsOf(bookingId)).filteredOn(job -> !isReminder(job))
				.hasSize(13)
				.allSatisfy(job -> assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED)));
		assertThat(jobsOf(bookingId)).extracting(IntegrationJob::dedupeKey)
			.as("the signer's link, by email and on each text channel chosen")
			.contains("email:ron-signer-link:" + bookingId, "sms:ron-signer-link:" + bookingId,
					"whatsapp:ron-signer-link:" + bookingId);

		String eventId = CalendarEventId.forBooking(bookingId).value();
		PARTNERS.verify(1, postRequestedFor(urlPathEqualTo("/ghl/contacts/upsert"))
			.withRequestBody(matchingJsonPath("$.email", equalTo(customerEmail(bookingId)))));
		PARTNERS.verify(1,
				postRequestedFor(urlPathEqualTo("/calendar/v3/calendars/primary/events"))
					.withRequestBody(matchingJsonPath("$.id", equalTo(eventId)))
					.withRequestBody(matchingJsonPath("$.start.timeZone", equalTo("America/Chicago"))));
		PARTNERS.verify(1, postRequestedFor(urlPathEqualTo("/proof/v1/transactions"))
			.withRequestBody(matchingJsonPath("$.external_id", equalTo(bookingId.toString()))));
		PARTNERS.verify(1,
				postRequestedFor(urlPathEqualTo(MESSAGES)).withRequestBody(containing("To=whatsapp%3A%2B17135550101"))
					.withRequestBody(containing(bookingId.toString())));
		PARTNERS.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)).withRequestBody(containing("To=%2B17135550101"))
			.withRequestBody(containing(bookingId.toString())));
		assertThat(outboxEvents("CalendarEventCreated", bookingId, Topics.INTEGRATION)).isEqualTo(1);
		assertThat(outboxEvents("RonSessionCreated", bookingId, Topics.INTEGRATION)).isEqualTo(1);
		assertThat(count("select count(*) from ron_session where booking_id = :id and signer_link like 'https://%'",
				Map.of("id", bookingId)))
			.isEqualTo(1);

		MimeMessage[] toCustomer = java.util.Arrays.stream(mailTo(customerEmail(bookingId))).filter(message -> {
			try {
				return !message.getSubject().startsWith("Your link to sign");
			}
			catch (jakarta.mail.MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).toArray(MimeMessage[]::new);
		assertThat(toCustomer).hasSize(1);
		Multipart parts = (Multipart) toCustomer[0].getContent();
		String ics = null;
		boolean pdf = false;
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if ("invite.ics".equals(part.getFileName())) {
				ics = new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			}
			if ("confirmation.pdf".equals(part.getFileName())) {
				pdf = new String(part.getInputStream().readNBytes(5)).equals("%PDF-");
			}
		}
		assertThat(pdf).isTrue();
		assertThat(ics).isNotNull();
		VEvent event = new CalendarBuilder().build(new StringReader(ics))
			.<VEvent>getComponent(Component.VEVENT)
			.orElseThrow();
		assertThat(Instant.from(event.getStartDate().orElseThrow().getDate())).isEqualTo(start);
		assertThat(ics).contains("DTSTART;TZID=America/Chicago:"
				+ java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").format(start.atZone(HOUSTON)));
		MimeMessage[] toProvider = mailTo("provider@bookingfleet.local");
		assertThat(Arrays.stream(toProvider).map(message -> {
			try {
				return message.getSubject();
			}
			catch (jakarta.mail.MessagingException e) {
				throw new IllegalStateException(e);
			}
		})).anyMatch(subject -> subject.startsWith("CRITICAL requirement for RON Acknowledgment"));

		assertThat(jobsOf(bookingId)).filteredOn(BookingJobPlanningIntegrationTest::isReminder)
			.hasSize(9)
			.allSatisfy(job -> assertThat(job.status()).isEqualTo(JobStatus.PENDING))
			.extracting(IntegrationJob::nextAttemptAt)
			.containsOnly(start.minus(Duration.ofHours(24)), start.minus(Duration.ofHours(2)),
					start.minus(Duration.ofMinutes(30)));
	}

	@Test
	void redeliveredConfirmationCreatesNoSecondCalendarEventContactOrEmail() {
		UUID bookingId = UUID.randomUUID();
		Instant start = clock.instant().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.HOURS);
		EventEnvelope first = publish(
				confirmed(bookingId, "MOBILE", start, "America/Chicago", List.of("EMAIL"), List.of()), bookingId, 2);
		publish(first);
		publish(confirmed(bookingId, "MOBILE", start, "America/Chicago", List.of("EMAIL"), List.of()), bookingId, 2);
		Instant later = start.plus(Duration.ofDays(1));
		publish(new BookingRescheduled(bookingId, "svc-mobile", 7L, UUID.randomUUID(), start,
				start.plus(Duration.ofMinutes(30)), later, later.plus(Duration.ofMinutes(30)), "America/Chicago"),
				bookingId, 3);

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			List<IntegrationJob> effects = jobsOf(bookingId).stream().filter(job -> !isReminder(job)).toList();
			assertThat(effects).extracting(IntegrationJob::action).contains(JobAction.UPDATE_CALENDAR_EVENT);
			assertThat(effects).allSatisfy(job -> assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED));
		});

		String eventId = CalendarEventId.forBooking(bookingId).value();
		// Every insert of this booking names the one event id, so the calendar can never
		// hold a second event.
		assertThat(PARTNERS.findAll(postRequestedFor(urlPathEqualTo("/calendar/v3/calendars/primary/events"))
			.withRequestBody(containing(bookingId.toString())))).isNotEmpty()
			.allSatisfy(request -> assertThat(request.getBodyAsString()).contains("\"id\":\"" + eventId + "\""));
		PARTNERS.verify(putRequestedFor(urlPathEqualTo("/calendar/v3/calendars/primary/events/" + eventId)));
		assertThat(jobsOf(bookingId)).filteredOn(job -> job.action() == JobAction.UPSERT_CONTACT).hasSize(1);
		assertThat(jobsOf(bookingId)).filteredOn(job -> job.action() == JobAction.INSERT_CALENDAR_EVENT).hasSize(1);
		assertThat(mailTo(customerEmail(bookingId))).hasSize(2);
		assertThat(outboxEvents("CalendarEventCreated", bookingId, Topics.INTEGRATION)).isEqualTo(1);
		assertThat(jobsOf(bookingId)).filteredOn(BookingJobPlanningIntegrationTest::isReminder)
			.filteredOn(job -> job.status() == JobStatus.PENDING)
			.extracting(IntegrationJob::nextAttemptAt)
			.containsOnly(later.minus(Duration.ofHours(24)), later.minus(Duration.ofHours(2)),
					later.minus(Duration.ofMinutes(30)));
	}

	private static BookingConfirmed withProvider(BookingConfirmed booking, long providerId) {
		return new BookingConfirmed(booking.bookingId(), booking.serviceId(), booking.serviceName(),
				booking.serviceType(), providerId, booking.start(), booking.end(), booking.timeZone(),
				booking.customer(), booking.attendees(), booking.address(), booking.promoCode(), booking.price());
	}

	/** The text of a message, its first part when it has attachments. */
	private static String body(MimeMessage message) {
		try {
			Object content = message.getContent();
			while (content instanceof Multipart parts) {
				content = parts.getBodyPart(0).getContent();
			}
			return content.toString();
		}
		catch (jakarta.mail.MessagingException | java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private void confirmAndAwait(BookingConfirmed booking) {
		publish(booking, booking.bookingId(), 1);
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(jobsOf(booking.bookingId())).filteredOn(job -> !isReminder(job))
				.isNotEmpty()
				.allSatisfy(job -> assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED))
				.extracting(IntegrationJob::action)
				.contains(JobAction.INSERT_CALENDAR_EVENT));
	}

	@Test
	void bookingOfAProviderNotUnderIntegrationProvidersGoesToTheDefaultProviderAndAListedOneToItsOwn() {
		Instant start = clock.instant().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.HOURS);
		List<Attendee> critical = List.of(new Attendee("Dana Smith", null,
				List.of(new Attendee.Requirement("SIGN_LANGUAGE", "CRITICAL", "ASL interpreter"))));
		UUID unknownProvidersBooking = UUID.randomUUID();
		UUID listedProvidersBooking = UUID.randomUUID();

		confirmAndAwait(withProvider(
				confirmed(unknownProvidersBooking, "MOBILE", start, "America/Chicago", List.of("EMAIL"), critical),
				4711L));
		confirmAndAwait(withProvider(
				confirmed(listedProvidersBooking, "MOBILE", start, "America/Chicago", List.of("EMAIL"), critical), 8L));

		PARTNERS.verify(1, postRequestedFor(urlPathEqualTo("/calendar/v3/calendars/primary/events")).withRequestBody(
				matchingJsonPath("$.id", equalTo(CalendarEventId.forBooking(unknownProvidersBooking).value()))));
		PARTNERS.verify(0, postRequestedFor(urlPathEqualTo("/calendar/v3/calendars/ana-ruiz-calendar/events"))
			.withRequestBody(
					matchingJsonPath("$.id", equalTo(CalendarEventId.forBooking(unknownProvidersBooking).value()))));
		assertThat(mailTo("provider@bookingfleet.local")).extracting(BookingJobPlanningIntegrationTest::body)
			.filteredOn(body -> body.contains(unknownProvidersBooking.toString()))
			.singleElement()
			.satisfies(body -> assertThat(body).startsWith("Hello Your provider,"));
		assertThat(mailTo(customerEmail(unknownProvidersBooking))).singleElement()
			.satisfies(mail -> assertThat(body(mail)).contains("with Your provider"));

		PARTNERS.verify(1,
				postRequestedFor(urlPathEqualTo("/calendar/v3/calendars/ana-ruiz-calendar/events")).withRequestBody(
						matchingJsonPath("$.id", equalTo(CalendarEventId.forBooking(listedProvidersBooking).value()))));
		assertThat(mailTo("ana.ruiz@notaries.example")).extracting(BookingJobPlanningIntegrationTest::body)
			.filteredOn(body -> body.contains(listedProvidersBooking.toString()))
			.singleElement()
			.satisfies(body -> assertThat(body).startsWith("Hello Ana Ruiz,"));
		assertThat(mailTo("provider@bookingfleet.local")).extracting(BookingJobPlanningIntegrationTest::body)
			.noneMatch(body -> body.contains(listedProvidersBooking.toString()));
		assertThat(mailTo(customerEmail(listedProvidersBooking))).singleElement()
			.satisfies(mail -> assertThat(body(mail)).contains("with Ana Ruiz"));
	}

}
