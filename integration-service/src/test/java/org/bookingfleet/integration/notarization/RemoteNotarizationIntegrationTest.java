package org.bookingfleet.integration.notarization;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.bookingfleet.events.Topics;
import org.bookingfleet.events.booking.BookingCancelled;
import org.bookingfleet.events.booking.BookingConfirmed;
import org.bookingfleet.events.booking.Customer;
import org.bookingfleet.events.booking.PriceSnapshot;
import org.bookingfleet.integration.WithPartners;
import org.bookingfleet.integration.job.JobAction;
import org.bookingfleet.integration.job.JobStatus;
import org.bookingfleet.integration.webhook.WebhookSignature;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A remote online notarization from the signer's side: the link Proof answers reaches
 * them by email and SMS in their language, Proof's webhooks move the session, and a
 * cancelled booking recalls the transaction once.
 */
class RemoteNotarizationIntegrationTest extends WithPartners {

	private static final WebhookSignature PROOF = new WebhookSignature("local-proof-webhook-secret");

	@Autowired
	WebTestClient web;

	@Test
	void theSignerGetsTheLinkWebhooksMoveTheSessionAndCancellingRecallsTheTransactionOnce() throws Exception {
		UUID bookingId = UUID.randomUUID();
		String transaction = "ot_" + bookingId.toString().replace("-", "");
		String link = "https://proof.example/sign/" + transaction;
		String phone = "+1713" + (1_000_000 + (long) (Math.random() * 8_999_999));
		PARTNERS.stubFor(post(urlPathEqualTo("/proof/v1/transactions")).atPriority(1)
			.withRequestBody(containing(bookingId.toString()))
			.willReturn(okJson("{\"id\":\"" + transaction + "\",\"signing_link\":\"" + link + "\"}")));
		String recall = "/proof/v1/transactions/" + transaction + "/recall";
		PARTNERS.stubFor(post(urlPathEqualTo(recall)).atPriority(1).willReturn(okJson("{\"status\":\"recalled\"}")));
		Instant start = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
		BookingConfirmed confirmed = new BookingConfirmed(bookingId, "svc-ron", "RON Acknowledgment", "RON", 7L, start,
				start.plus(Duration.ofMinutes(30)), "America/Chicago",
				new Customer("Dana Smith", customerEmail(bookingId), phone, "es-AR", List.of("EMAIL")), List.of(), null,
				null, new PriceSnapshot("q-ron", "USD", 2500, 0, 0, List.of()));

		publish(confirmed, bookingId, 2);

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(Arrays.stream(mailTo(customerEmail(bookingId))).map(RemoteNotarizationIntegrationTest::subject))
				.anySatisfy(subject -> assertThat(subject).startsWith("Tu enlace para firmar: RON Acknowledgment"));
			assertThat(textsTo(phone)).anySatisfy(text -> assertThat(text).contains(link));
		});
		MimeMessage email = Arrays.stream(mailTo(customerEmail(bookingId)))
			.filter(message -> subject(message).startsWith("Tu enlace"))
			.findFirst()
			.orElseThrow();
		assertThat(text(email)).startsWith("Hola Dana Smith:").contains("firmá acá: " + link);
		assertThat(status(bookingId)).isEqualTo("CREATED");

		proofSays(transaction, "transaction.received");
		assertThat(status(bookingId)).isEqualTo("RECEIVED");
		proofSays(transaction, "transaction.meeting_started");
		assertThat(status(bookingId)).isEqualTo("IN_PROGRESS");
		proofSays(transaction, "transaction.received");
		assertThat(status(bookingId)).as("a late event never moves the session back").isEqualTo("IN_PROGRESS");

		BookingCancelled cancelled = new BookingCancelled(bookingId, "svc-ron", 7L, start,
				start.plus(Duration.ofMinutes(30)), 2500, "USD", "customer request", "CUSTOMER");
		publish(cancelled, bookingId, 3);
		publish(cancelled, bookingId, 3);

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(jobsOf(bookingId)).filteredOn(job -> job.action() == JobAction.CANCEL_RON_SESSION)
				.singleElement()
				.satisfies(job -> assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED));
			assertThat(status(bookingId)).isEqualTo("CANCELLED");
		});
		assertThat(PARTNERS.findAll(postRequestedFor(urlPathEqualTo(recall)))).hasSize(1);
		proofSays(transaction, "transaction.completed");
		assertThat(status(bookingId)).as("an ended session stays ended").isEqualTo("CANCELLED");
		assertThat(announced(bookingId))
			.as("each real move is announced to the booking once, in order; a late or refused event none")
			.containsExactly("RECEIVED", "IN_PROGRESS", "CANCELLED");
	}

	/** The statuses announced for the booking's notarization, in the order written. */
	private List<String> announced(UUID bookingId) {
		return database
			.sql("select convert_from(payload, 'UTF8')::jsonb -> 'data' ->> 'status' as status from outbox_event "
					+ "where event_type = 'NotarizationStatusChanged' and event_key = :key and topic = :topic "
					+ "order by id")
			.bind("key", bookingId.toString())
			.bind("topic", Topics.INTEGRATION)
			.map(row -> row.get("status", String.class))
			.all()
			.collectList()
			.block(Duration.ofSeconds(10));
	}

	private void proofSays(String transaction, String type) {
		String body = "{\"id\":\"evt_" + UUID.randomUUID() + "\",\"type\":\"" + type + "\","
				+ "\"data\":{\"transaction_id\":\"" + transaction + "\"}}";
		long sentAt = clock.instant().getEpochSecond();
		web.post()
			.uri("/api/v2/webhooks/proof")
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-Proof-Signature", PROOF.sign(sentAt, body.getBytes(StandardCharsets.UTF_8)))
			.header("X-Proof-Timestamp", String.valueOf(sentAt))
			.bodyValue(body.getBytes(StandardCharsets.UTF_8))
			.exchange()
			.expectStatus()
			.isOk();
	}

	private String status(UUID bookingId) {
		return database.sql("select status from ron_session where booking_id = :b")
			.bind("b", bookingId)
			.map(row -> row.get("status", String.class))
			.one()
			.block(Duration.ofSeconds(10));
	}

	private static List<String> textsTo(String to) {
		return PARTNERS.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)))
			.stream()
			.map(request -> Arrays.stream(request.getBodyAsString().split("&"))
				.map(pair -> pair.split("=", 2))
				.collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
						pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "",
						(a, b) -> b)))
			.filter(form -> to.equals(form.get("To")))
			.map(form -> form.get("Body"))
			.toList();
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
		if (message.getContent() instanceof String plain) {
			return plain;
		}
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
		throw new IllegalStateException("no text part");
	}

}
