package org.bookingfleet.payment.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bookingfleet.events.EventCodec;
import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.Topics;
import org.bookingfleet.events.booking.BookingAwaitingPayment;
import org.bookingfleet.events.booking.Customer;
import org.bookingfleet.events.booking.PriceSnapshot;
import org.bookingfleet.events.catalog.BusinessProfile;
import org.bookingfleet.events.catalog.ServiceChanged;
import org.bookingfleet.events.catalog.ServiceDefined;
import org.bookingfleet.events.catalog.ServiceSnapshot;
import org.bookingfleet.payment.billing.internal.store.IntentView;
import org.bookingfleet.payment.billing.internal.store.InvoiceDocument;
import org.bookingfleet.platform.kafka.OutgoingRecord;
import org.bookingfleet.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * An invoice keeps the seller as it was when it was issued: the business renames its
 * legal entity, moves and changes its tax id after a deposit was invoiced; the balance
 * paid later and the credit note of a refund stay on the seller the invoice was issued
 * by, its PDF too, while the business's next booking is invoiced under the new profile.
 */
class IssuedSellerIntegrationTest extends PaymentJourney {

	private static final BusinessProfile BEFORE = new BusinessProfile("austin-first-aid", "Austin First Aid",
			"Austin First Aid LLC",
			new BusinessProfile.PostalAddress(List.of("100 Congress Ave"), "Austin", "TX", "78701", "US"),
			"Texas sales tax permit", "32000000001", null, "en-US", "America/Chicago", "USD",
			"office@austinfirstaid.example", "+15125550100", "Cancel free up to 48 hours before.", "AUFA");

	private static final BusinessProfile AFTER = new BusinessProfile("austin-first-aid", "Austin First Aid",
			"Lone Star First Aid Inc",
			new BusinessProfile.PostalAddress(List.of("500 Lamar Blvd"), "Austin", "TX", "78703", "US"),
			"Texas sales tax permit", "32999999999", null, "en-US", "America/Chicago", "USD",
			"office@lonestarfirstaid.example", "+15125550199", "Cancel free up to 24 hours before.", "AUFA");

	private static final ServiceSnapshot COURSE = new ServiceSnapshot("aufa-cpr-course", "austin-first-aid",
			"CPR and AED course", "COURSE", 240, 10, 0, 0, 1440, "America/Chicago", "USD", true, "08:00", "18:00", 0, 0,
			0);

	@Test
	void anIssuedInvoiceKeepsItsSellerWhenTheBusinessProfileChanges() throws Exception {
		catalog(new ServiceDefined(COURSE.withBusiness(BEFORE, "Texas sales tax", "8.25")));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(count("select count(*) from business_profile where business_id = "
					+ "'austin-first-aid' and profile ->> 'legalName' = 'Austin First Aid LLC'"))
				.isEqualTo(1));
		UUID first = book();
		IntentView deposit = pay(first, 1);
		String number = invoice(first).number();

		catalog(new ServiceChanged(COURSE.withBusiness(AFTER, "Texas sales tax", "8.25")));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(count("select count(*) from business_profile where business_id = "
					+ "'austin-first-aid' and profile ->> 'legalName' = 'Lone Star First Aid Inc'"))
				.isEqualTo(1));
		pay(first, 2);
		String admin = "Bearer " + tokens.mint("admin@example.com", Set.of(Role.ADMIN), null, Duration.ofHours(1));
		web.post()
			.uri("/api/v2/payments/{id}/refunds", deposit.paymentId())
			.header("Authorization", admin)
			.header("Idempotency-Key", "goodwill-" + first)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"amountCents\":1000}")
			.exchange()
			.expectStatus()
			.isCreated();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(count(
					"select count(*) from invoice where kind = 'CREDIT_NOTE' " + "and booking_id = '" + first + "'"))
				.isEqualTo(1));

		InvoiceDocument issued = invoice(first);
		assertThat(issued.number()).isEqualTo(number);
		assertThat(issued.payments()).hasSize(2);
		assertThat(issued.seller().name()).isEqualTo("Austin First Aid LLC");
		assertThat(issued.seller().taxId()).isEqualTo("32000000001");
		assertThat(issued.seller().addressLines()).contains("100 Congress Ave");
		assertThat(issued.seller().email()).isEqualTo("office@austinfirstaid.example");
		assertThat(database
			.sql("select content -> 'seller' ->> 'name' as name from invoice where kind = 'CREDIT_NOTE' "
					+ "and booking_id = :booking")
			.bind("booking", first)
			.map(row -> row.get("name", String.class))
			.one()
			.toFuture()
			.join()).isEqualTo("Austin First Aid LLC");
		try (PDDocument document = Loader.loadPDF(pdf(issued.pdfPath()))) {
			assertThat(new PDFTextStripper().getText(document)).contains("Austin First Aid LLC", "32000000001")
				.doesNotContain("Lone Star First Aid Inc");
		}

		UUID next = book();
		pay(next, 1);
		assertThat(invoice(next).seller().name()).isEqualTo("Lone Star First Aid Inc");
		assertThat(invoice(next).seller().taxId()).isEqualTo("32999999999");
	}

	/**
	 * The seller of the next invoices is the newest profile the business published: one
	 * of an older revision heard after it (redelivered, or out of order) changes nothing.
	 */
	@Test
	void anOlderRevisionOfAProfileHeardLateDoesNotReplaceTheNewerOne() {
		ServiceSnapshot service = new ServiceSnapshot("aufr-first-aid", "austin-first-aid-revised", "First aid",
				"COURSE", 240, 10, 0, 0, 1440, "America/Chicago", "USD", true, "08:00", "18:00", 0, 0, 0);
		catalog(new ServiceDefined(
				service.withBusiness(revision(BEFORE, "Revision Three LLC", 3L), "Texas sales tax", "8.25")));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(count("select count(*) from business_profile where business_id = "
					+ "'austin-first-aid-revised' and profile ->> 'legalName' = 'Revision Three LLC'"))
				.isEqualTo(1));

		ServiceSnapshot renamed = new ServiceSnapshot("aufr-first-aid", "austin-first-aid-revised",
				"First aid, renamed", "COURSE", 240, 10, 0, 0, 1440, "America/Chicago", "USD", true, "08:00", "18:00",
				0, 0, 0);
		catalog(new ServiceChanged(
				renamed.withBusiness(revision(BEFORE, "Revision Two LLC", 2L), "Texas sales tax", "8.25")));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(count(
					"select count(*) from catalog_service where service_id = 'aufr-first-aid' and name = 'First aid, renamed'"))
				.isEqualTo(1));

		assertThat(count("select count(*) from business_profile where business_id = 'austin-first-aid-revised' "
				+ "and profile ->> 'legalName' = 'Revision Three LLC' and profile ->> 'revision' = '3'"))
			.isEqualTo(1);
	}

	private static BusinessProfile revision(BusinessProfile profile, String legalName, Long revision) {
		return new BusinessProfile("austin-first-aid-revised", profile.name(), legalName, profile.address(),
				profile.taxIdLabel(), profile.taxId(), profile.logoUrl(), profile.language(), profile.timeZone(),
				profile.currency(), profile.supportEmail(), profile.supportPhone(), profile.cancellationWording(),
				"AUFR", Map.of(), revision);
	}

	private void catalog(Object event) {
		EventEnvelope envelope = codec.envelope(event, COURSE.serviceId(), 1);
		publisher
			.publish(new OutgoingRecord(Topics.CATALOG, COURSE.serviceId(), EventCodec.write(envelope), Map.of(), null))
			.toFuture()
			.join();
	}

	private UUID book() {
		UUID bookingId = UUID.randomUUID();
		PriceSnapshot price = new PriceSnapshot("q-" + bookingId, "USD", 10_825, 2_000, 825,
				List.of(new PriceSnapshot.Line("BASE", "CPR and AED course", 10_000, "base"),
						new PriceSnapshot.Line("TAX", "Texas sales tax 8.25%", 825, "tax")));
		events.publish(new BookingAwaitingPayment(bookingId, COURSE.serviceId(), 41, 2_000, "USD",
				Instant.now().plusSeconds(1800),
				new Customer("Dana Reyes", PaymentFixtures.CUSTOMER, null, "en", List.of("EMAIL")), price,
				PaymentFixtures.CUSTOMER, null), bookingId);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(count("select count(*) from payment where booking_id = '" + bookingId + "'"))
						.isEqualTo(1));
		return bookingId;
	}

	private IntentView pay(UUID bookingId, int attempt) {
		IntentView intent = requestIntent(bookingId);
		payInBrowser(intent, "pm_card_visa").expectStatus().isOk();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(count("select count(*) from invoice where booking_id = '" + bookingId
					+ "' and kind = 'INVOICE' and content -> 'payments' @> jsonb_build_array(jsonb_build_object("
					+ "'paymentId', '" + intent.paymentId() + "'))"))
				.isEqualTo(1));
		assertThat(intent.attempt()).isEqualTo(attempt);
		return intent;
	}

	private InvoiceDocument invoice(UUID bookingId) {
		String number = database.sql("select number from invoice where kind = 'INVOICE' and booking_id = :booking")
			.bind("booking", bookingId)
			.map(row -> row.get("number", String.class))
			.one()
			.toFuture()
			.join();
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

	private byte[] pdf(String path) {
		return web.get()
			.uri(path)
			.header("Authorization", customer)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
	}

	private long count(String sql) {
		return database.sql(sql).map(row -> ((Number) row.get(0)).longValue()).one().toFuture().join();
	}

}
