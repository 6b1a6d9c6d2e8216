package org.bookingfleet.integration.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.bookingfleet.events.EventCodec;
import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.Topics;
import org.bookingfleet.events.booking.BookingConfirmed;
import org.bookingfleet.events.booking.Customer;
import org.bookingfleet.events.booking.PriceSnapshot;
import org.bookingfleet.events.payment.RefundIssued;
import org.bookingfleet.integration.SentLinks;
import org.bookingfleet.integration.WithPartners;
import org.bookingfleet.platform.kafka.OutgoingRecord;
import org.bookingfleet.platform.tokens.LinkKeys;
import org.bookingfleet.platform.tokens.LinkPurpose;
import org.bookingfleet.platform.tokens.LinkTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/** A refund reaches the customer by email, in their language, once per refund. */
class RefundNoticeIntegrationTest extends WithPartners {

	@Autowired
	Environment environment;

	@Test
	void aRefundIsToldOnceInTheCustomersLanguageWithItsAmount() throws Exception {
		UUID bookingId = UUID.randomUUID();
		Instant start = clock.instant().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.HOURS);
		String email = customerEmail(bookingId);
		publish(new BookingConfirmed(bookingId, "svc-cut", "Corte de pelo", "IN_STORE", 7L, start,
				start.plus(Duration.ofMinutes(45)), "America/Argentina/Buenos_Aires",
				new Customer("Lucía Fernández", email, null, "es-AR", List.of("EMAIL")), List.of(), null, null,
				new PriceSnapshot("q-cut", "ARS", 1_250_000, 0, 0, List.of())), bookingId, 2);
		await().atMost(Duration.ofSeconds(60)).until(() -> mailTo(email).length == 1);

		RefundIssued refund = new RefundIssued(UUID.randomUUID(), bookingId, "re_" + bookingId, 625_000, "ARS",
				"BP-NC-2026-00003");
		payment(refund, bookingId);
		payment(refund, bookingId);

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(refundMails(email)).singleElement()
				.satisfies(message -> assertThat(message.getSubject())
					.isEqualTo("Tu reintegro de $ 6.250,00 por Corte de pelo")));
		String sent = text(refundMails(email).get(0));
		assertThat(sent).contains(
				"Nota de crédito BP-NC-2026-00003: http://localhost:8080/api/v2/invoices/BP-NC-2026-00003.pdf?link=");
		// the links open the credit note and the booking for a guest, and nothing else
		LinkTokens links = LinkKeys.from(environment);
		URI creditNote = SentLinks.after("Nota de crédito BP-NC-2026-00003:", sent);
		assertThat(links.opens(SentLinks.token(creditNote), LinkPurpose.INVOICE, "BP-NC-2026-00003", clock.instant()))
			.isTrue();
		assertThat(links.opens(SentLinks.token(creditNote), LinkPurpose.INVOICE, "BP-NC-2026-00004", clock.instant()))
			.isFalse();
		URI manage = SentLinks.after("Tu reserva y su factura:", sent);
		assertThat(manage.toString()).startsWith("http://localhost:8080/manage.html#booking=" + bookingId + "&link=");
		assertThat(links.opens(SentLinks.token(manage), LinkPurpose.MANAGE, bookingId.toString(), clock.instant()))
			.isTrue();
		assertThat(links.opens(SentLinks.token(manage), LinkPurpose.INVOICE, bookingId.toString(), clock.instant()))
			.isFalse();
		assertThat(count("select count(*) from integration_job where dedupe_key = :key",
				Map.of("key", "email:refund:" + bookingId + ":re_" + bookingId)))
			.isEqualTo(1);
	}

	@Test
	void aRefundOfABookingNeverConfirmedHereSendsNothing() {
		UUID bookingId = UUID.randomUUID();
		UUID confirmedLater = UUID.randomUUID();

		publish(confirmed(confirmedLater, "MOBILE", clock.instant().plus(Duration.ofDays(5)), "America/Chicago",
				List.of("EMAIL"), List.of()), confirmedLater, 2);
		await().atMost(Duration.ofSeconds(60)).until(() -> mailTo(customerEmail(confirmedLater)).length == 1);
		// on the partition of the refund that follows, so it is handled first
		payment(new RefundIssued(UUID.randomUUID(), bookingId, "re_unknown", 1000, "USD"), confirmedLater);
		payment(new RefundIssued(UUID.randomUUID(), confirmedLater, "re_later", 3500, "USD"), confirmedLater);

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(refundMails(customerEmail(confirmedLater))).hasSize(1));
		assertThat(jobsOf(bookingId)).isEmpty();
		assertThat(mailTo(customerEmail(bookingId))).isEmpty();
	}

	private void payment(RefundIssued refund, UUID bookingId) {
		EventEnvelope envelope = codec.envelope(refund, bookingId.toString(), 5);
		publisher
			.publish(new OutgoingRecord(Topics.PAYMENT, envelope.subject(), EventCodec.write(envelope), Map.of(), null))
			.block(Duration.ofSeconds(30));
	}

	private static String text(jakarta.mail.Part part) throws Exception {
		if (part.getContent() instanceof String plain) {
			return plain;
		}
		jakarta.mail.Multipart parts = (jakarta.mail.Multipart) part.getContent();
		StringBuilder all = new StringBuilder();
		for (int i = 0; i < parts.getCount(); i++) {
			if (parts.getBodyPart(i).getFileName() == null) {
				all.append(text(parts.getBodyPart(i)));
			}
		}
		return all.toString();
	}

	private static List<MimeMessage> refundMails(String address) {
		return Arrays.stream(mailTo(address)).filter(message -> {
			try {
				return message.getSubject().contains("reintegro") || message.getSubject().contains("refund");
			}
			catch (MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

}
