package org.bookingfleet.fleettests.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bookingfleet.fleettests.api.Storefront.RON;
import static org.bookingfleet.fleettests.api.Storefront.RON_ZONE;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bookingfleet.fleettests.api.Answer;
import org.bookingfleet.fleettests.api.Caller;
import org.bookingfleet.fleettests.api.Gateway;
import org.bookingfleet.fleettests.api.Json;
import org.bookingfleet.fleettests.api.Storefront;
import org.bookingfleet.fleettests.api.Storefront.Booked;
import org.bookingfleet.fleettests.api.Storefront.Held;
import org.bookingfleet.fleettests.api.WaitingLine;
import org.bookingfleet.fleettests.api.WaitingLine.Place;
import org.bookingfleet.fleettests.fleet.WithFleet;
import org.bookingfleet.fleettests.invariants.FleetInvariants;
import org.bookingfleet.fleettests.journeys.SentEmails.Download;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Proof of what was sent: the files a customer got are opened as they arrived, from the
 * partner sandbox, and read by parsers that share nothing with the integration service's
 * writers (ical4j for the invitation, PDFBox for the PDFs); their facts are held against
 * the booking the API shows.
 */
@WithFleet
class SentDocumentsIntegrationTest {

	private static final String MOBILE_NOTARY = "hmnp-standard-notary";

	private static final String MOBILE_NOTARY_NAME = "Standard Notary";

	private static final ZoneId HOUSTON = ZoneId.of(RON_ZONE);

	@Test
	void thePaidBookingsInvitationConfirmationAndInvoiceTellItsTimePlaceAndPrice() throws Exception {
		long notary = Storefront.openProvider(MOBILE_NOTARY, RON_ZONE);
		Instant start = Storefront.localTime(RON_ZONE, 5, LocalTime.of(11, 0));
		String email = Storefront.newEmail("documents");
		Booked booked = bookAtHome(notary, start, email);
		JsonNode awaiting = Storefront.awaitStatus(booked.id(), booked.guest(), "AWAITING_PAYMENT");
		long price = awaiting.path("pricing").path("finalPriceCents").asLong();
		Instant end = Instant.parse(awaiting.path("endDateTime").asString());
		assertThat(price).isPositive().isEqualTo(awaiting.path("amountDueCents").asLong());
		Storefront.payWithCard(booked.id(), booked.guest(), Storefront.SUCCEEDING_CARD);
		Storefront.awaitStatus(booked.id(), booked.guest(), "CONFIRMED");

		JsonNode confirmation = SentEmails.awaitOne(email, "is confirmed", Duration.ofSeconds(60));
		assertThat(confirmation.path("attachments").toString()).isEqualTo("[\"invite.ics\",\"confirmation.pdf\"]");

		Download invite = SentEmails.attachment(confirmation, "invite.ics");
		assertThat(invite.status()).isEqualTo(200);
		assertThat(invite.contentType()).startsWith("text/calendar").contains("method=REQUEST");
		String ics = new String(invite.bytes(), StandardCharsets.UTF_8);
		Calendar calendar = calendar(ics);
		assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).as(ics).isEqualTo("REQUEST");
		VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
		assertThat(Instant.from(event.getStartDate().orElseThrow().getDate())).as(ics).isEqualTo(start);
		assertThat(Instant.from(event.getEndDate().orElseThrow().getDate())).as(ics).isEqualTo(end);
		assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).as(ics).startsWith(MOBILE_NOTARY_NAME);
		assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue()).as(ics)
			.isEqualTo("901 Bagby St, Houston, TX 77002");
		assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).as(ics).contains(booked.id());

		Download confirmationPdf = SentEmails.attachment(confirmation, "confirmation.pdf");
		assertThat(confirmationPdf.contentType()).isEqualTo("application/pdf");
		String confirmed = text(confirmationPdf.bytes());
		assertThat(confirmed).as(confirmed)
			.contains("Your " + MOBILE_NOTARY_NAME + " is confirmed for " + englishDate(start))
			.contains("Hello Dana Smith")
			.contains("Booking reference: " + booked.id())
			.contains("(" + RON_ZONE + ")")
			.contains("Address: 901 Bagby St, Houston, TX 77002")
			.contains("Price: " + NumberFormat.getCurrencyInstance(Locale.US).format(BigDecimal.valueOf(price, 2)));

		String number = PaidBookingIntegrationTest.invoiceNumberOf(booked.id());
		// where the customer looks: the confirmation and the booking's view name the
		// invoice
		assertThat(confirmation.path("text").asString()).as(confirmation.toString())
			.contains("Invoice " + number + ": ")
			.contains("/api/v2/invoices/" + number + ".pdf");
		JsonNode view = Storefront.awaitStatus(booked.id(), booked.guest(), "CONFIRMED");
		assertThat(view.path("invoiceNumber").asString()).isEqualTo(number);
		assertThat(view.path("invoiceUrl").asString()).isEqualTo("/api/v2/invoices/" + number + ".pdf");
		Download invoicePdf = SentEmails.download(Gateway.BASE.resolve("/api/v2/invoices/" + number + ".pdf"),
				booked.guest().headers());
		assertThat(invoicePdf.status()).as("GET the invoice %s as its customer", number).isEqualTo(200);
		assertThat(invoicePdf.contentType()).startsWith("application/pdf");
		String invoice = text(invoicePdf.bytes());
		assertThat(invoice).as(invoice).contains("Invoice " + number).contains("Booking " + booked.id());
		assertThat(amountOf(invoice, "Total")).as(invoice).isEqualTo(price);
		assertThat(amountOf(invoice, "Balance due")).as(invoice).isZero();
		// the link of the email opens the PDF for the guest with no credentials at all
		Matcher sent = Pattern.compile("Invoice " + Pattern.quote(number) + ": (\\S+)")
			.matcher(confirmation.path("text").asString());
		assertThat(sent.find()).as(confirmation.toString()).isTrue();
		Download followed = SentEmails.download(URI.create(sent.group(1)), Map.of());
		assertThat(followed.status()).as("GET %s without credentials", sent.group(1)).isEqualTo(200);
		assertThat(followed.contentType()).startsWith("application/pdf");
		assertThat(text(followed.bytes())).contains("Invoice " + number);
		assertThat(SentEmails.download(Gateway.BASE.resolve("/api/v2/invoices/" + number + ".pdf"), Map.of()).status())
			.isEqualTo(401);
		FleetInvariants.hold();
	}

	@Test
	void aSpanishSpeakerInLineReadsTheOfferOfTheFreedSlotInSpanish() {
		long notary = Storefront.openProvider(RON, RON_ZONE);
		Storefront.payAtAppointment(notary);
		Instant start = Storefront.localTime(RON_ZONE, 6, LocalTime.of(10, 0));
		Booked taken = Storefront.bookConfirmed(RON, notary, start, Storefront.newEmail("first"));
		Place waiting = WaitingLine.join(RON, notary, start, "Rocío Espera", "es-AR", "EMAIL");

		Answer cancelled = Gateway.delete("/api/v2/bookings/" + taken.id(), taken.guest());
		assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
		String offerId = WaitingLine.awaitOffer(waiting, start, Duration.ofSeconds(30)).path("id").asString();

		JsonNode offer = SentEmails.awaitOne(waiting.email(), "Se liberó un lugar", Duration.ofSeconds(60));
		String fecha = DateTimeFormatter.ofPattern("EEEE d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es-AR"))
			.format(start.atZone(HOUSTON));
		assertThat(offer.path("subject").asString()).isEqualTo("Se liberó un lugar: RON Acknowledgment el " + fecha);
		String text = offer.path("text").asString();
		assertThat(text).as(text)
			.startsWith("Hola Rocío Espera:")
			.contains("Se liberó un lugar para RON Acknowledgment con ")
			.contains(" el " + fecha + " a las 10:00 (" + RON_ZONE + ") y estás primero en la lista.")
			.contains("Te lo guardamos hasta el ")
			.contains("Reservalo acá: ")
			.contains("/?offer=" + offerId)
			.doesNotContain("Hello");
		FleetInvariants.hold();
	}

	/**
	 * A guest books the mobile notary to come to a Houston address, with a quote made for
	 * that address.
	 */
	private static Booked bookAtHome(long notary, Instant start, String email) {
		Held held = Storefront.held(MOBILE_NOTARY, notary, start, 1);
		ObjectNode ask = Storefront.quoteRequest(MOBILE_NOTARY, start, 1, email);
		ask.set("address", houstonAddress());
		String quoteToken = Storefront.quote(ask).path("quoteToken").asString();
		ObjectNode request = Storefront.request(MOBILE_NOTARY, held, quoteToken, email, 1);
		request.set("address", houstonAddress());
		Answer created = Storefront.book(request, UUID.randomUUID().toString(), Caller.ANONYMOUS);
		assertThat(created.status()).as(created.toString()).isIn(201, 202);
		return new Booked(created.field("id"), created.field("accessToken"), created);
	}

	private static ObjectNode houstonAddress() {
		return Json.object()
			.put("line1", "901 Bagby St")
			.put("city", "Houston")
			.put("state", "TX")
			.put("postalCode", "77002")
			.put("country", "US")
			.put("lat", 29.7604)
			.put("lng", -95.3698);
	}

	private static Calendar calendar(String ics) throws IOException, ParserException {
		return new CalendarBuilder().build(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)));
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** The cents of the invoice row {@code label}, printed as {@code 75.00 USD}. */
	private static long amountOf(String invoice, String label) {
		Matcher row = Pattern.compile("(?m)^" + Pattern.quote(label) + "\\s+(-?[0-9]+(?:\\.[0-9]+)?) USD\\s*$")
			.matcher(invoice);
		assertThat(row.find()).as("a %s row in the invoice:%n%s", label, invoice).isTrue();
		return new BigDecimal(row.group(1)).movePointRight(2).longValueExact();
	}

	private static String englishDate(Instant instant) {
		return DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US).format(instant.atZone(HOUSTON));
	}

}
