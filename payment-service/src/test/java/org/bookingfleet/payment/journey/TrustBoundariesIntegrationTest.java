package org.bookingfleet.payment.journey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;

import org.bookingfleet.payment.billing.intent.Payment;
import org.bookingfleet.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What a stranger gets from the payment service: no guest's client secret or invoice for
 * a token whose subject is the guest's email, no way to tell an issued invoice number
 * from one never issued, and a 400 for request text holding U+0000.
 */
class TrustBoundariesIntegrationTest extends PaymentJourney {

	static final String GUEST_EMAIL = "guest-b@example.com";

	@Test
	void aClientTokenWhoseSubjectIsAGuestsEmailSeesNeitherItsPaymentNorItsInvoice() throws Exception {
		String guestToken = "guest-b-private-link-secret";
		Payment payment = fixtures.guestPayment(GUEST_EMAIL, sha256(guestToken));
		String posingAsGuest = "Bearer " + tokens.mint(GUEST_EMAIL, Set.of(Role.CLIENT), null, Duration.ofHours(1));
		String invoice = pay(payment);

		get("/api/v2/payments/intent?bookingId=" + payment.bookingId(), posingAsGuest, null).expectStatus()
			.isForbidden();
		get("/api/v2/payments/" + payment.id(), posingAsGuest, null).expectStatus().isForbidden();
		web.post()
			.uri("/api/v2/payments/intent")
			.header("Authorization", posingAsGuest)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"bookingId\":\"" + payment.bookingId() + "\"}")
			.exchange()
			.expectStatus()
			.isForbidden();
		get("/api/v2/invoices/" + invoice, posingAsGuest, null).expectStatus().isNotFound();
		get("/api/v2/invoices/" + invoice + ".pdf", posingAsGuest, null).expectStatus().isNotFound();

		get("/api/v2/payments/" + payment.id(), null, guestToken).expectStatus().isOk();
		get("/api/v2/invoices/" + invoice, null, guestToken).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.number")
			.isEqualTo(invoice);
	}

	@Test
	void anInvoiceTheCallerMayNotSeeIsAnsweredAsOneNeverIssued() {
		String invoice = pay(fixtures.openPayment());
		String stranger = "Bearer "
				+ tokens.mint("mallory@example.com", Set.of(Role.CLIENT), null, Duration.ofHours(1));
		String neverIssued = invoice.substring(0, invoice.lastIndexOf('-') + 1) + "99999";

		for (String number : new String[] { invoice, neverIssued }) {
			get("/api/v2/invoices/" + number, stranger, null).expectStatus()
				.isNotFound()
				.expectBody()
				.jsonPath("$.error.code")
				.isEqualTo("NOT_FOUND");
			get("/api/v2/invoices/" + number, null, "a-token-of-no-booking").expectStatus().isNotFound();
			get("/api/v2/invoices/" + number, null, null).expectStatus().isUnauthorized();
		}
		get("/api/v2/invoices/" + invoice, customer, null).expectStatus().isOk();
	}

	@Test
	void aNulCharacterInAJsonFieldIsRefusedBeforeAnythingIsRead() {
		web.post()
			.uri("/api/v2/payments/confirm")
			.header("Authorization", customer)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"paymentIntentId\":\"pi_\\u0000\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("VALIDATION_FAILED");
	}

	/**
	 * Pays the payment as Stripe's webhook says it was paid; the invoice it is issued.
	 */
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

	private WebTestClient.ResponseSpec get(String uri, String authorization, String bookingToken) {
		return web.get().uri(uri).headers(headers -> {
			if (authorization != null) {
				headers.set("Authorization", authorization);
			}
			if (bookingToken != null) {
				headers.set("X-Booking-Token", bookingToken);
			}
		}).exchange();
	}

	private static String sha256(String token) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
	}

}
