package org.bookingfleet.integration.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bookingfleet.events.EventCodec;
import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.Topics;
import org.bookingfleet.events.booking.BookingConfirmed;
import org.bookingfleet.events.booking.Customer;
import org.bookingfleet.events.booking.PriceSnapshot;
import org.bookingfleet.events.payment.PaymentSucceeded;
import org.bookingfleet.integration.WithPartners;
import org.bookingfleet.integration.job.IntegrationJob;
import org.bookingfleet.integration.job.JobStatus;
import org.bookingfleet.platform.kafka.OutgoingRecord;
import org.junit.jupiter.api.Test;

/**
 * A booking confirmed on a deposit is asked for its balance before the appointment, at
 * once when it starts within 48 hours, and not once the balance is paid.
 */
class BalanceReminderIntegrationTest extends WithPartners {

	@Test
	void aDepositBookingStartingSoonIsAskedForItsBalanceAtOnceAndAPaidOneIsNot() throws Exception {
		Instant start = clock.instant().plus(Duration.ofHours(30)).truncatedTo(ChronoUnit.HOURS);
		UUID onDeposit = UUID.randomUUID();
		UUID paidInFull = UUID.randomUUID();
		paid(onDeposit, 10_000);
		paid(paidInFull, 10_000);
		paid(paidInFull, 35_000);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> count("select count(*) from booking_payment where booking_id in (:a, :b)",
					Map.of("a", onDeposit, "b", paidInFull)) == 3);

		publish(onDeposit(onDeposit, start), onDeposit, 2);
		publish(onDeposit(paidInFull, start), paidInFull, 2);

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(balanceJobs(onDeposit)).singleElement()
				.satisfies(job -> assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED));
			assertThat(balanceJobs(paidInFull)).as("withdrawn: nothing is due")
				.singleElement()
				.satisfies(job -> assertThat(job.status()).isEqualTo(JobStatus.CANCELLED));
		});
		assertThat(mailTo(customerEmail(onDeposit))).filteredOn(message -> subject(message).startsWith("Balance"))
			.singleElement()
			.satisfies(message -> assertThat(subject(message))
				.isEqualTo("Balance due before your Loan Signing on " + subjectDate(start)))
			.satisfies(message -> assertThat(text(message)).contains("the balance of $350.00 is still due")
				.contains("Pay the balance"));
		assertThat(mailTo(customerEmail(paidInFull)))
			.noneSatisfy(message -> assertThat(subject(message)).startsWith("Balance"));
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

	private static String subject(jakarta.mail.internet.MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String subjectDate(Instant start) {
		return java.time.format.DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", java.util.Locale.ENGLISH)
			.format(start.atZone(java.time.ZoneId.of("America/Chicago")));
	}

	private List<IntegrationJob> balanceJobs(UUID bookingId) {
		return jobsOf(bookingId).stream().filter(job -> job.dedupeKey().startsWith("email:balance-due:")).toList();
	}

	private static BookingConfirmed onDeposit(UUID bookingId, Instant start) {
		return new BookingConfirmed(bookingId, "svc-loan", "Loan Signing", "MOBILE", 7L, start,
				start.plus(Duration.ofHours(1)), "America/Chicago",
				new Customer("Dana Smith", customerEmail(bookingId), null, "en", List.of("EMAIL")), List.of(),
				"100 Main St, Houston, TX", null, new PriceSnapshot("q-loan", "USD", 45_000, 10_000, 0, List.of()));
	}

	private void paid(UUID bookingId, long amountCents) {
		EventEnvelope envelope = codec.envelope(
				new PaymentSucceeded(UUID.randomUUID(), bookingId, "pi_" + UUID.randomUUID(), amountCents, "USD"),
				bookingId.toString(), 1);
		publisher
			.publish(new OutgoingRecord(Topics.PAYMENT, envelope.subject(), EventCodec.write(envelope), Map.of(), null))
			.block(Duration.ofSeconds(30));
	}

}
