package org.bookingfleet.integration.message;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.bookingfleet.events.EventCodec;
import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.Topics;
import org.bookingfleet.events.availability.ProviderNamed;
import org.bookingfleet.events.booking.Attendee;
import org.bookingfleet.events.booking.BookingConfirmed;
import org.bookingfleet.events.booking.Customer;
import org.bookingfleet.events.booking.PriceSnapshot;
import org.bookingfleet.events.catalog.BusinessProfile;
import org.bookingfleet.events.catalog.ServiceChanged;
import org.bookingfleet.events.catalog.ServiceDefined;
import org.bookingfleet.events.catalog.ServiceSnapshot;
import org.bookingfleet.integration.WithPartners;
import org.bookingfleet.integration.job.BookingJobPlan;
import org.bookingfleet.integration.job.IntegrationJob;
import org.bookingfleet.integration.job.JobStatus;
import org.bookingfleet.platform.kafka.OutgoingRecord;
import org.junit.jupiter.api.Test;

/**
 * What customers receive speaks their language on the channels they chose, names the
 * place as their country writes it, and reaches every attendee of a course.
 */
class CustomerMessagesIntegrationTest extends WithPartners {

	private static final ZoneId BUENOS_AIRES = ZoneId.of("America/Argentina/Buenos_Aires");

	private static final String HOUSTON_ADDRESS = "{\"line1\":\"1200 Main St\",\"city\":\"Houston\",\"state\":\"TX\","
			+ "\"postalCode\":\"77002\",\"country\":\"US\"}";

	@Test
	void courseForThreeConfirmsToEachAttendeeWithTheInvitationOnceOnly() throws Exception {
		UUID bookingId = UUID.randomUUID();
		Instant start = clock.instant().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.HOURS);
		String buyer = customerEmail(bookingId);
		String ana = "ana-" + bookingId + "@example.com";
		String ben = "ben-" + bookingId + "@example.com";
		BookingConfirmed course = new BookingConfirmed(bookingId, "svc-course", "First Aid at Work", "COURSE", 7L,
				start, start.plus(Duration.ofHours(3)), "America/Chicago",
				new Customer("Dana Smith", buyer, null, "en", List.of("EMAIL")),
				List.of(new Attendee("Dana Smith", buyer, List.of()), new Attendee("Ana Díaz", ana, List.of()),
						new Attendee("Ben Ortiz", ben, List.of())),
				HOUSTON_ADDRESS, null, new PriceSnapshot("q-3", "USD", 45000, 0, 0, List.of()), "LFAT-INV-2026-00007");

		publish(course, bookingId, 2);
		publish(course, bookingId, 2);

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(mailTo(buyer)).hasSize(1);
			assertThat(mailTo(ana)).hasSize(1);
			assertThat(mailTo(ben)).hasSize(1);
		});
		MimeMessage toAna = mailTo(ana)[0];
		assertThat(toAna.getSubject()).startsWith("Your First Aid at Work is confirmed");
		assertThat(text(toAna)).startsWith("Hello Ana Díaz,")
			.contains("Address: 1200 Main St, Houston, TX 77002")
			.contains("Price: $450.00");
		VEvent event = new CalendarBuilder().build(new StringReader(attachment(toAna, "invite.ics")))
			.<VEvent>getComponent(Component.VEVENT)
			.orElseThrow();
		assertThat(event.<Property>getProperty(Property.LOCATION).orElseThrow().getValue())
			.isEqualTo("1200 Main St, Houston, TX 77002");
		assertThat(text(mailTo(buyer)[0])).startsWith("Hello Dana Smith,")
			.contains(
					"Invoice LFAT-INV-2026-00007: http://localhost:8080/api/v2/invoices/LFAT-INV-2026-00007.pdf?link=");
		// the invoice is the buyer's: the other attendees are not told of it
		assertThat(text(toAna)).doesNotContain("INV-");
		assertThat(jobsOf(bookingId)).filteredOn(job -> job.payload().containsKey(BookingJobPlan.PAYLOAD_REMINDER))
			.extracting(job -> job.payload().get(BookingJobPlan.PAYLOAD_RECIPIENT))
			.containsOnly(buyer, ana, ben)
			.hasSize(9);
	}

	@Test
	void spanishCustomersAreRemindedInSpanishOnWhatsAppOnlyWhenTheyChoseIt() {
		Instant start = clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
		UUID onWhatsApp = UUID.randomUUID();
		UUID bySms = UUID.randomUUID();
		String whatsAppPhone = phone();
		String smsPhone = phone();
		publish(spanish(onWhatsApp, start, whatsAppPhone, List.of("EMAIL", "WHATSAPP")), onWhatsApp, 2);
		publish(spanish(bySms, start, smsPhone, List.of("EMAIL", "SMS")), bySms, 2);
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(reminders(onWhatsApp)).hasSize(6);
			assertThat(reminders(bySms)).hasSize(6);
		});

		String local = DateTimeFormatter.ofPattern("HH:mm").format(start.atZone(BUENOS_AIRES));
		clock.shiftTo(start.minus(Duration.ofHours(24)));

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(textsTo("whatsapp:" + whatsAppPhone)).hasSize(2)
				.anySatisfy(text -> assertThat(text).startsWith("Confirmado: Standard Notary"))
				.contains("Tenés una cita mañana a las " + local + " con Your provider.");
			assertThat(textsTo(smsPhone)).contains("Tenés una cita mañana a las " + local + " con Your provider.");
			assertThat(reminders(onWhatsApp)).filteredOn(job -> job.status() == JobStatus.SUCCEEDED).hasSize(2);
		});
		assertThat(textsTo(whatsAppPhone)).as("no SMS to who chose WhatsApp").isEmpty();
		assertThat(textsTo("whatsapp:" + smsPhone)).as("no WhatsApp to who chose SMS").isEmpty();
		assertThat(Arrays.stream(mailTo(customerEmail(onWhatsApp))).map(CustomerMessagesIntegrationTest::subject))
			.contains("Recordatorio: Standard Notary mañana a las " + local);
	}

	@Test
	void messagesAndTheInvitationCallTheProviderByTheNameTheirScheduleGave() throws Exception {
		long providerId = 100_000 + (long) (Math.random() * 1_000_000);
		EventEnvelope named = codec.envelope(new ProviderNamed(providerId, "Grace Okafor"), Long.toString(providerId),
				0);
		publisher
			.publish(new OutgoingRecord(Topics.AVAILABILITY, named.subject(), EventCodec.write(named), Map.of(), null))
			.block(Duration.ofSeconds(30));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> count("select count(*) from provider_name where provider_id = :id",
					Map.of("id", providerId)) == 1);
		UUID bookingId = UUID.randomUUID();
		Instant start = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);

		publish(new BookingConfirmed(bookingId, "svc-mobile", "Standard Notary", "MOBILE", providerId, start,
				start.plus(Duration.ofMinutes(30)), "America/Chicago",
				new Customer("Dana Smith", customerEmail(bookingId), null, "en", List.of("EMAIL")), List.of(),
				HOUSTON_ADDRESS, null, new PriceSnapshot("q-4", "USD", 7500, 0, 0, List.of())), bookingId, 2);

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(mailTo(customerEmail(bookingId))).hasSize(1));
		MimeMessage confirmation = mailTo(customerEmail(bookingId))[0];
		assertThat(text(confirmation)).contains("Your Standard Notary with Grace Okafor is confirmed")
			.doesNotContain("Your provider");
		assertThat(attachment(confirmation, "invite.ics")).contains("SUMMARY:Standard Notary - Grace Okafor");
	}

	@Test
	void confirmationSignsWithTheBusinessProfileTheCatalogAnnounced() throws Exception {
		String serviceId = "svc-profiled-" + UUID.randomUUID();
		BusinessProfile profile = new BusinessProfile("houston-mobile-notary", "Houston Mobile Notary Pros",
				"Houston Mobile Notary Pros LLC", null, null, null, null, "en", "America/Chicago", "USD",
				"help@houstonnotary.example", "+17135550100", "Cancel free up to 24 hours before.", "HMNP");
		EventEnvelope defined = codec.envelope(
				new ServiceDefined(
						new ServiceSnapshot(serviceId, "houston-mobile-notary", "Standard Notary", "MOBILE", 30, 1, 0,
								0, 0, "America/Chicago", "USD", true)
							.withBusiness(profile, "Texas sales tax", "8.25")),
				serviceId, 1);
		publisher
			.publish(new OutgoingRecord(Topics.CATALOG, defined.subject(), EventCodec.write(defined), Map.of(), null))
			.block(Duration.ofSeconds(30));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> count("select count(*) from service_business where service_id = :id",
					Map.of("id", serviceId)) == 1);
		UUID bookingId = UUID.randomUUID();
		Instant start = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);

		publish(new BookingConfirmed(bookingId, serviceId, "Standard Notary", "MOBILE", 7L, start,
				start.plus(Duration.ofMinutes(30)), "America/Chicago",
				new Customer("Dana Smith", customerEmail(bookingId), null, "en", List.of("EMAIL")), List.of(),
				HOUSTON_ADDRESS, null, new PriceSnapshot("q-5", "USD", 7500, 0, 0, List.of())), bookingId, 2);

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(mailTo(customerEmail(bookingId))).hasSize(1));
		assertThat(text(mailTo(customerEmail(bookingId))[0]))
			.contains("Houston Mobile Notary Pros LLC · help@houstonnotary.example · +17135550100")
			.contains("Cancel free up to 24 hours before.");
	}

	@Test
	void anOlderProfileHeardAfterANewerOneIsIgnoredAndTheTermsSpeakTheCustomersLanguage() throws Exception {
		String serviceId = "svc-revised-" + UUID.randomUUID();
		BusinessProfile newer = london("London First Aid Training Ltd", 3L,
				Map.of("en", "Cancel free of charge up to 48 hours before the course.", "es-AR",
						"Cancelá sin cargo hasta 48 horas antes del curso."));
		BusinessProfile older = london("London First Aid (old name) Ltd", 2L,
				Map.of("en", "Cancel up to 24 hours before.", "es-AR", "Cancelá hasta 24 horas antes."));
		announce(serviceId, newer);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> count("select count(*) from service_business where service_id = :id and profile_revision = 3",
					Map.of("id", serviceId)) == 1);

		EventEnvelope late = announce(serviceId, older);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> count(
					"select count(*) from consumed_event where consumer = 'integration-service.catalog-businesses' "
							+ "and event_id = :id",
					Map.of("id", late.id())) == 1);
		UUID bookingId = UUID.randomUUID();
		Instant start = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
		publish(new BookingConfirmed(bookingId, serviceId, "Emergency First Aid at Work", "COURSE", 7L, start,
				start.plus(Duration.ofHours(6)), "Europe/London",
				new Customer("Lucía Fernández", customerEmail(bookingId), null, "es-AR", List.of("EMAIL")), List.of(),
				null, null, new PriceSnapshot("q-6", "GBP", 9500, 0, 0, List.of())), bookingId, 2);

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(mailTo(customerEmail(bookingId))).hasSize(1));
		assertThat(text(mailTo(customerEmail(bookingId))[0])).contains("London First Aid Training Ltd ·")
			.contains("Cancelá sin cargo hasta 48 horas antes del curso.")
			.doesNotContain("old name")
			.doesNotContain("24 horas")
			.doesNotContain("Cancel free of charge");
	}

	private static BusinessProfile london(String legalName, Long revision, Map<String, String> wordings) {
		return new BusinessProfile("london-first-aid", "London First Aid Training", legalName, null, "VAT number",
				"GB 284 7361 31", null, "en-GB", "Europe/London", "GBP", "bookings@londonfirstaid.example", null,
				wordings.get("en"), "LFAT", wordings, revision);
	}

	private EventEnvelope announce(String serviceId, BusinessProfile profile) {
		EventEnvelope changed = codec.envelope(
				new ServiceChanged(new ServiceSnapshot(serviceId, "london-first-aid", "Emergency First Aid at Work",
						"COURSE", 360, 12, 0, 0, 0, "Europe/London", "GBP", true)
					.withBusiness(profile, "VAT", "20")),
				serviceId, 1);
		publisher
			.publish(new OutgoingRecord(Topics.CATALOG, changed.subject(), EventCodec.write(changed), Map.of(), null))
			.block(Duration.ofSeconds(30));
		return changed;
	}

	private List<IntegrationJob> reminders(UUID bookingId) {
		return jobsOf(bookingId).stream()
			.filter(job -> job.payload().containsKey(BookingJobPlan.PAYLOAD_REMINDER))
			.toList();
	}

	private static BookingConfirmed spanish(UUID bookingId, Instant start, String phone, List<String> channels) {
		return new BookingConfirmed(bookingId, "svc-mobile", "Standard Notary", "MOBILE", 7L, start,
				start.plus(Duration.ofMinutes(30)), "America/Argentina/Buenos_Aires",
				new Customer("Lucía Fernández", customerEmail(bookingId), phone, "es-AR", channels), List.of(),
				"{\"line1\":\"Av. Santa Fe 1234\",\"city\":\"Buenos Aires\",\"state\":\"CABA\","
						+ "\"postalCode\":\"C1425\",\"country\":\"AR\"}",
				null, new PriceSnapshot("q-2", "ARS", 1250000, 0, 0, List.of()));
	}

	private static String phone() {
		return "+54911" + String.format("%08d", (long) (Math.random() * 100_000_000L));
	}

	/** The bodies of the texts the messaging partner took for the number. */
	private static List<String> textsTo(String to) {
		return PARTNERS.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)))
			.stream()
			.map(request -> form(request.getBodyAsString()))
			.filter(form -> to.equals(form.get("To")))
			.map(form -> form.get("Body"))
			.toList();
	}

	private static Map<String, String> form(String body) {
		return Arrays.stream(body.split("&"))
			.map(pair -> pair.split("=", 2))
			.collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
					pair -> pair.length < 2 ? "" : URLDecoder.decode(pair[1], StandardCharsets.UTF_8),
					(first, second) -> first));
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String text(MimeMessage message) throws Exception {
		Multipart parts = (Multipart) message.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if (part.getFileName() == null && part.isMimeType("text/plain")) {
				return (String) part.getContent();
			}
			if (part.getContent() instanceof Multipart inner) {
				for (int j = 0; j < inner.getCount(); j++) {
					if (inner.getBodyPart(j).isMimeType("text/plain")) {
						return (String) inner.getBodyPart(j).getContent();
					}
				}
			}
		}
		throw new AssertionError("no text part");
	}

	private static String attachment(MimeMessage message, String name) throws Exception {
		Multipart parts = (Multipart) message.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			if (name.equals(parts.getBodyPart(i).getFileName())) {
				return new String(parts.getBodyPart(i).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		throw new AssertionError("no attachment " + name);
	}

}
