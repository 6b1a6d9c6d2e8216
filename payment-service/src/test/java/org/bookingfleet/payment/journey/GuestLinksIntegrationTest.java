package org.bookingfleet.payment.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.payment.billing.intent.Payment;
import org.bookingfleet.platform.tokens.LinkKeys;
import org.bookingfleet.platform.tokens.LinkPurpose;
import org.bookingfleet.platform.tokens.LinkTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The links of a guest's messages open what they name and nothing else: an invoice link
 * its one document (PDF and JSON), a manage link its booking's documents and payment; a
 * link for another document or booking, an expired one or one of another purpose is
 * answered as a stranger is.
 */
class GuestLinksIntegrationTest extends PaymentJourney {

	@Autowired
	Environment environment;

	@Test
	void anInvoiceLinkOpensItsDocumentForAGuestWithoutCredentials() {
		LinkTokens links = LinkKeys.from(environment);
		Payment payment = fixtures.guestPayment("guest-links@example.com", "0".repeat(64));
		String invoice = pay(payment);
		String link = links.mint(LinkPurpose.INVOICE, invoice, Instant.now().plus(Duration.ofDays(180)));

		byte[] pdf = get("/api/v2/invoices/" + invoice + ".pdf?link=" + link, null).expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PDF)
			.expectBody()
			.returnResult()
			.getResponseBody();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		get("/api/v2/invoices/" + invoice + "?link=" + link, null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.number")
			.isEqualTo(invoice);
		// a link is no booking token: it opens neither the payment nor another document
		get("/api/v2/payments/" + payment.id(), link).expectStatus().isForbidden();
		String other = pay(fixtures.guestPayment("guest-links-other@example.com", "1".repeat(64)));
		notFound("/api/v2/invoices/" + other + ".pdf?link=" + link);
	}

	@Test
	void anExpiredLinkOrOneOfAnotherPurposeOpensNothing() {
		LinkTokens links = LinkKeys.from(environment);
		Payment payment = fixtures.guestPayment("guest-links-expired@example.com", "2".repeat(64));
		String invoice = pay(payment);

		notFound("/api/v2/invoices/" + invoice + ".pdf?link="
				+ links.mint(LinkPurpose.INVOICE, invoice, Instant.now().minusSeconds(1)));
		notFound("/api/v2/invoices/" + invoice + ".pdf?link="
				+ links.mint(LinkPurpose.MANAGE, invoice, Instant.now().plus(Duration.ofDays(1))));
		notFound("/api/v2/invoices/" + invoice + ".pdf?link=not-a-link");
		get("/api/v2/invoices/" + invoice + ".pdf", null).expectStatus().isUnauthorized();
	}

	@Test
	void aManageLinkOpensItsBookingsDocumentsAndPaymentOnly() {
		LinkTokens links = LinkKeys.from(environment);
		Payment payment = fixtures.guestPayment("guest-links-manage@example.com", "3".repeat(64));
		String invoice = pay(payment);
		Instant later = Instant.now().plus(Duration.ofDays(30));
		String manage = links.mint(LinkPurpose.MANAGE, payment.bookingId().toString(), later);
		String otherBooking = links.mint(LinkPurpose.MANAGE, UUID.randomUUID().toString(), later);

		get("/api/v2/invoices/" + invoice + ".pdf?link=" + manage, null).expectStatus().isOk();
		get("/api/v2/invoices/" + invoice, manage).expectStatus().isOk();
		get("/api/v2/payments/" + payment.id(), manage).expectStatus().isOk();
		get("/api/v2/payments/intent?bookingId=" + payment.bookingId(), manage).expectStatus().isOk();

		notFound("/api/v2/invoices/" + invoice + ".pdf?link=" + otherBooking);
		get("/api/v2/payments/" + payment.id(), otherBooking).expectStatus().isForbidden();
	}

	private void notFound(String uri) {
		get(uri, null).expectStatus().isNotFound().expectBody().jsonPath("$.error.code").isEqualTo("NOT_FOUND");
	}

	private String pay(Payment payment) {
		String payload = PaymentFixtures.succeeded("evt_" + UUID.randomUUID(), payment);
		web.post()
			.uri("/api/v2/webhooks/stripe")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Stripe-Signature", PaymentFixtures.signature(payload))
			.bodyValue(payload)
			.exchange()
			.expectStatus()
			.isOk();
		return database.sql("select number from invoice where payment_id = :payment and kind = 'INVOICE'")
			.bind("payment", payment.id())
			.map(row -> row.get("number", String.class))
			.one()
			.toFuture()
			.join();
	}

	private WebTestClient.ResponseSpec get(String uri, String bookingToken) {
		return web.get().uri(uri).headers(headers -> {
			if (bookingToken != null) {
				headers.set("X-Booking-Token", bookingToken);
			}
		}).exchange();
	}

}
