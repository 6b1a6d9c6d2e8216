package org.bookingfleet.payment.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bookingfleet.events.EventCodec;
import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.Topics;
import org.bookingfleet.events.booking.Attendee;
import org.bookingfleet.events.booking.BookingAwaitingPayment;
import org.bookingfleet.events.booking.BookingConfirmed;
import org.bookingfleet.events.booking.BookingRequested;
import org.bookingfleet.events.booking.Customer;
import org.bookingfleet.events.booking.PriceSnapshot;
import org.bookingfleet.events.catalog.BusinessProfile;
import org.bookingfleet.events.catalog.ServiceDefined;
import org.bookingfleet.events.catalog.ServiceSnapshot;
import org.bookingfleet.payment.billing.internal.store.IntentView;
import org.bookingfleet.payment.billing.internal.store.InvoiceDocument;
import org.bookingfleet.platform.kafka.OutgoingRecord;
import org.junit.jupiter.api.Test;

/**
 * Two businesses' bookings paid in turns, through Kafka, the service and the sandbox: the
 * Houston notary's invoices and the London trainer's are numbered in two series of their
 * own, each sold by its business under its tax id, each booking invoiced once however
 * many payments it takes.
 */
class BusinessInvoicesIntegrationTest extends PaymentJourney {

	private static final BusinessProfile HOUSTON = new BusinessProfile("houston-mobile-notary",
			"Houston Mobile Notary Pros", "Houston Mobile Notary Pros LLC",
			new BusinessProfile.PostalAddress(List.of("1200 Smith Street, Suite 1600"), "Houston", "TX", "77002", "US"),
			"Texas sales tax permit", "32071234567", null, "en-US", "America/Chicago", "USD",
			"office@houstonmobilenotary.example", "+17135550142", "Cancel free up to 24 hours before.", "HMNP");

	private static final BusinessProfile LONDON = new BusinessProfile("london-first-aid", "London First Aid Training",
			"London First Aid Training Ltd",
			new BusinessProfile.PostalAddress(List.of("27 Old Gloucester Street"), "London", null, "WC1N 3AX", "GB"),
			"VAT number", "GB 284 7361 31", null, "en-GB", "Europe/London", "GBP", "bookings@londonfirstaid.example",
			"+442079460123", "Cancel free up to 48 hours before the course.", "LFAT");

	@Test
	void eachBusinessNumbersItsOwnInvoicesAndABookingIsInvoicedOnce() throws Exception {
		defineService(new ServiceSnapshot("hmnp-loan-signing", HOUSTON.businessId(), "Loan Signing", "MOBILE", 90, 1,
				30, 30, 240, "America/Chicago", "USD", true, "06:00", "22:00", 0, 0, 0)
			.withBusiness(HOUSTON, "Texas sales tax", "8.25"));
		defineService(new ServiceSnapshot("fa-emergency-first-aid-at-work", LONDON.businessId(),
				"Emergency First Aid at Work", "COURSE", 360, 12, 30, 30, 2880, "Europe/London", "GBP", true, "08:00",
				"14:00", 0, 0, 0)
			.withBusiness(LONDON, "VAT", "20"));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(count("select count(*) from catalog_service s join business_profile b "
					+ "on b.business_id = s.business_id where s.service_id in ('hmnp-loan-signing', "
					+ "'fa-emergency-first-aid-at-work')"))
				.isEqualTo(2));

		Instant courseDay = Instant.parse("2027-03-08T08:00:00Z");
		UUID signing1 = book(notarySigning(UUID.randomUUID()));
		UUID course1 = book(course(UUID.randomUUID(), courseDay));
		UUID signing2 = book(notarySigning(UUID.randomUUID()));
		UUID course2 = book(course(UUID.randomUUID(), courseDay));
		IntentView deposit = null;
		for (UUID booking : List.of(signing1, course1, signing2, course2)) {
			IntentView paid = pay(booking, 1);
			if (booking.equals(course1)) {
				deposit = paid;
			}
		}
		IntentView balance = pay(course1, 2);

		int year = Instant.now().atZone(ZoneId.of("America/Chicago")).getYear();
		int londonYear = Instant.now().atZone(ZoneId.of("Europe/London")).getYear();
		assertThat(invoiceNumbers(signing1)).containsExactly("HMNP-INV-" + year + "-00001");
		assertThat(invoiceNumbers(signing2)).containsExactly("HMNP-INV-" + year + "-00002");
		assertThat(invoiceNumbers(course1)).containsExactly("LFAT-INV-" + londonYear + "-00001");
		assertThat(invoiceNumbers(course2)).containsExactly("LFAT-INV-" + londonYear + "-00002");

		// the course was paid before its confirmation named the attendees: the names
		// reach
		// its one invoice, once however often the confirmation is delivered
		BookingConfirmed confirmed = new BookingConfirmed(course1, "fa-emergency-first-aid-at-work",
				"Emergency First Aid at Work", "COURSE", 31, courseDay, courseDay.plusSeconds(6 * 3600),
				"Europe/London", new Customer("Dana Reyes", PaymentFixtures.CUSTOMER, null, "en", List.of("EMAIL")),
				List.of(new Attendee("Ann Lee", null, List.of()), new Attendee("Bo Park", null, List.of()),
						new Attendee("Cy Diaz", null, List.of())),
				null, null, null);
		events.publish(confirmed, course1);
		events.publish(confirmed, course1);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(count("select count(*) from invoice where booking_id = '" + course1
					+ "' and kind = 'INVOICE' and content -> 'appointment' -> 'attendees' = "
					+ "'[\"Ann Lee\", \"Bo Park\", \"Cy Diaz\"]'::jsonb"))
				.isEqualTo(1));
		InvoiceDocument courseInvoice = invoice("LFAT-INV-" + londonYear + "-00001");
		assertThat(courseInvoice.payments()).hasSize(2);
		assertThat(courseInvoice.paidCents()).isEqualTo(31_500);
		assertThat(courseInvoice.balanceDueCents()).isZero();
		assertThat(courseInvoice.seller().name()).isEqualTo("London First Aid Training Ltd");
		assertThat(courseInvoice.seller().taxId()).isEqualTo("GB 284 7361 31");
		assertThat(courseInvoice.seller().addressLines()).containsExactly("27 Old Gloucester Street", "LONDON",
				"WC1N 3AX", "United Kingdom");
		assertThat(courseInvoice.taxes()).extracting(tax -> tax.label()).containsExactly("VAT 20%");
		assertThat(courseInvoice.appointment().serviceName()).isEqualTo("Emergency First Aid at Work");
		assertThat(courseInvoice.appointment().attendeeCount()).isEqualTo(3);
		assertThat(courseInvoice.appointment().attendees()).containsExactly("Ann Lee", "Bo Park", "Cy Diaz");
		InvoiceDocument signingInvoice = invoice("HMNP-INV-" + year + "-00001");
		assertThat(signingInvoice.lines()).extracting(line -> line.label())
			.containsExactly("Loan Signing", "Weekend surcharge", "After-hours fee");
		assertThat(signingInvoice.taxes()).extracting(tax -> tax.label()).containsExactly("Texas sales tax 8.25%");
		assertThat(count("select count(*) from outbox_event where event_type = 'InvoiceIssued' and event_key = '"
				+ course1 + "'"))
			.isEqualTo(1);
		// both payments of the course are announced naming its one invoice, which the
		// confirmation and the booking's view show
		assertThat(count("select count(*) from outbox_event where event_type = 'PaymentSucceeded' and event_key = '"
				+ course1 + "' and convert_from(payload, 'UTF8')::jsonb -> 'data' ->> 'invoiceNumber' = 'LFAT-INV-"
				+ londonYear + "-00001'"))
			.isEqualTo(2);

		IntentView answered = web.get()
			.uri("/api/v2/payments/{id}", balance.paymentId())
			.header("Authorization", customer)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(IntentView.class)
			.returnResult()
			.getResponseBody();
		assertThat(answered.invoiceNumber()).isEqualTo("LFAT-INV-" + londonYear + "-00001");
		assertThat(answered.invoiceUrl()).isEqualTo("/api/v2/invoices/LFAT-INV-" + londonYear + "-00001.pdf");
		assertThat(deposit.paymentId()).isNotEqualTo(balance.paymentId());

		byte[] pdf = web.get()
			.uri(answered.invoiceUrl())
			.header("Authorization", customer)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text)
				.contains("Invoice LFAT-INV-" + londonYear + "-00001", "London First Aid Training Ltd",
						"VAT number GB 284 7361 31", "WC1N 3AX", "Emergency First Aid at Work",
						"Mon 8 Mar 2027, 08:00 (Europe/London)", "Ann Lee, Bo Park, Cy Diaz", "VAT 20%", "315.00 GBP",
						"Balance due")
				.doesNotContain("3 attendees");
		}
	}

	private void defineService(ServiceSnapshot service) {
		EventEnvelope envelope = codec.envelope(new ServiceDefined(service), service.serviceId(), 1);
		publisher
			.publish(
					new OutgoingRecord(Topics.CATALOG, service.serviceId(), EventCodec.write(envelope), Map.of(), null))
			.toFuture()
			.join();
	}

	private UUID book(List<Object> bookingEvents) {
		UUID bookingId = null;
		for (Object event : bookingEvents) {
			bookingId = event instanceof BookingAwaitingPayment awaiting ? awaiting.bookingId()
					: ((BookingRequested) event).bookingId();
			events.publish(event, bookingId);
		}
		UUID booked = bookingId;
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(count("select count(*) from payment where booking_id = '" + booked + "'"))
				.isEqualTo(1));
		return booked;
	}

	private IntentView pay(UUID bookingId, int attempt) {
		IntentView intent = requestIntent(bookingId);
		payInBrowser(intent, "pm_card_visa").expectStatus().isOk();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(count("select count(*) from payment where booking_id = '" + bookingId
					+ "' and attempt = " + attempt + " and status = 'SUCCEEDED' and applied"))
				.isEqualTo(1));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(count("select count(*) from invoice where booking_id = '" + bookingId
					+ "' and kind = 'INVOICE' and content -> 'payments' @> jsonb_build_array(jsonb_build_object("
					+ "'paymentId', '" + intent.paymentId() + "'))"))
				.isEqualTo(1));
		return intent;
	}

	private static List<Object> notarySigning(UUID bookingId) {
		PriceSnapshot price = new PriceSnapshot("q-" + bookingId, "USD", 23_815, 23_815, 1_815,
				List.of(new PriceSnapshot.Line("BASE", "Loan Signing", 15_000, "base.fixed/v1"),
						new PriceSnapshot.Line("WEEKEND", "Weekend surcharge", 4_000, "surcharge.weekend/v1"),
						new PriceSnapshot.Line("AFTER_HOURS", "After-hours fee", 3_000, "surcharge.after-hours/v1"),
						new PriceSnapshot.Line("TAX", "Texas sales tax 8.25%", 1_815, "tax.US-TX/v1")));
		return List.of(new BookingAwaitingPayment(bookingId, "hmnp-loan-signing", 11, 23_815, "USD",
				Instant.now().plusSeconds(1800),
				new Customer("Dana Reyes", PaymentFixtures.CUSTOMER, null, "en", List.of("EMAIL")), price,
				PaymentFixtures.CUSTOMER, null));
	}

	private static List<Object> course(UUID bookingId, Instant start) {
		PriceSnapshot price = new PriceSnapshot("q-" + bookingId, "GBP", 31_500, 6_300, 5_250,
				List.of(new PriceSnapshot.Line("BASE", "Base price", 26_250, "quote"),
						new PriceSnapshot.Line("TAX", "Taxes", 5_250, "quote")));
		return List.of(
				new BookingRequested(bookingId, UUID.randomUUID(), "fa-emergency-first-aid-at-work", 31, start,
						start.plusSeconds(6 * 3600), 3, null),
				new BookingAwaitingPayment(bookingId, "fa-emergency-first-aid-at-work", 31, 6_300, "GBP",
						Instant.now().plusSeconds(1800),
						new Customer("Dana Reyes", PaymentFixtures.CUSTOMER, null, "en", List.of("EMAIL")), price,
						PaymentFixtures.CUSTOMER, null));
	}

	private List<String> invoiceNumbers(UUID bookingId) {
		return database.sql("select number from invoice where kind = 'INVOICE' and booking_id = :booking")
			.bind("booking", bookingId)
			.map(row -> row.get("number", String.class))
			.all()
			.collectList()
			.toFuture()
			.join();
	}

	private InvoiceDocument invoice(String number) {
		return web.get()
			.uri("/api/v2/invoices/{number}", number)
			.header("Authorization", customer)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(InvoiceDocument.class)
			.returnResult()
			.getResponseBody();
	}

	private long count(String sql) {
		return database.sql(sql).map(row -> ((Number) row.get(0)).longValue()).one().toFuture().join();
	}

}
