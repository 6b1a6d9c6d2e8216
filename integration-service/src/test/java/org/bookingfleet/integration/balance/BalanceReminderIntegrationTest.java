package org.bookingfleet.integration.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.bookingfleet.events.EventCodec;
import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.Topics;
import org.bookingfleet.events.booking.BookingConfirmed;
import org.bookingfleet.events.booking.Customer;
import org.bookingfleet.events.booking.PaymentNotApplied;
import org.bookingfleet.events.booking.PriceSnapshot;
import org.bookingfleet.events.payment.PaymentSucceeded;
import org.bookingfleet.events.payment.RefundIssued;
import org.bookingfleet.integration.SentLinks;
import org.bookingfleet.integration.WithPartners;
import org.bookingfleet.integration.job.IntegrationJob;
import org.bookingfleet.integration.job.JobStatus;
import org.bookingfleet.platform.kafka.OutgoingRecord;
import org.bookingfleet.platform.tokens.LinkKeys;
import org.bookingfleet.platform.tokens.LinkPurpose;
import org.bookingfleet.platform.tokens.LinkTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * A booking confirmed on a deposit is asked for its balance before the appointment, at
 * once when it starts within 48 hours, and not once the balance is paid; on the
 * customer's channels, for what the payments the booking took leave owed when the moment
 * comes: a refund never makes it owed again.
 */
class BalanceReminderIntegrationTest extends WithPartners {

	@Autowired
	Environment environment;

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
				.contains("Pay the balance: http://localhost:8080/manage.html#booking=" + onDeposit + "&link="))
			.satisfies(message -> assertThat(opensTheBooking(SentLinks.after("Pay the balance:", text(message))))
				.isEqualTo(onDeposit.toString()));
		assertThat(mailTo(customerEmail(paidInFull)))
			.noneSatisfy(message -> assertThat(subject(message)).startsWith("Balance"));
	}

	@Test
	void theBalanceIsAskedOnTheCustomersChannelsAndAGoodwillRefundIsNotAskedForAgain() throws Exception {
		Instant start = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
		UUID bookingId = UUID.randomUUID();
		String phone = "+1713" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
		UUID deposit = paid(bookingId, 10_000);
		UUID notTaken = paid(bookingId, 9_000);
		notApplied(bookingId, notTaken, 9_000);
		publish(onDeposit(bookingId, start, phone, List.of("EMAIL", "SMS", "WHATSAPP")), bookingId, 2);
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(jobsOf(bookingId).stream()
				.filter(job -> job.dedupeKey().contains(":balance-due:"))
				.map(IntegrationJob::dedupeKey)).containsExactlyInAnyOrder("email:balance-due:" + bookingId + ":v2",
						"sms:balance-due:" + bookingId + ":v2", "whatsapp:balance-due:" + bookingId + ":v2"));

		// $50 of the deposit goes back as goodwill (heard twice): the customer pays $50
		// less overall, so it is not asked for again; the payment the booking did not
		// take
		// goes back in full and never counted
		refunded(bookingId, deposit, "re_" + bookingId, 5_000);
		refunded(bookingId, deposit, "re_" + bookingId, 5_000);
		refunded(bookingId, notTaken, "re_not_taken_" + bookingId, 9_000);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> count("select count(*) from booking_refund where booking_id = :b", Map.of("b", bookingId)) == 2
					&& count("select count(*) from booking_payment_not_taken where booking_id = :b",
							Map.of("b", bookingId)) == 1);
		// the confirmation's jobs end before the clock moves on (a running job's lease
		// would
		// lapse with it)
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(jobsOf(bookingId).stream()
				.filter(job -> job.dedupeKey().contains("confirmation:"))
				.map(IntegrationJob::status)).hasSize(3).containsOnly(JobStatus.SUCCEEDED));
		clock.shiftTo(start.minus(Duration.ofHours(48)).plusSeconds(1));

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(jobsOf(bookingId).stream()
				.filter(job -> job.dedupeKey().contains(":balance-due:"))
				.map(IntegrationJob::status)).hasSize(3).containsOnly(JobStatus.SUCCEEDED));
		assertThat(mailTo(customerEmail(bookingId))).filteredOn(message -> subject(message).startsWith("Balance"))
			.singleElement()
			.satisfies(message -> assertThat(text(message)).contains("the balance of $350.00 is still due"));
		List<String> texts = PARTNERS
			.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)).withRequestBody(containing(phone.replace("+", "%2B"))))
			.stream()
			.map(request -> URLDecoder.decode(request.getBodyAsString(), StandardCharsets.UTF_8))
			.toList();
		assertThat(texts).filteredOn(body -> body.contains("Body=Balance"))
			.hasSize(2)
			.allSatisfy(body -> assertThat(body).contains("Balance of $350.00 due for Loan Signing"))
			.allSatisfy(body -> assertThat(opensTheBooking(SentLinks.after("Pay the balance:", body)))
				.isEqualTo(bookingId.toString()))
			.anySatisfy(body -> assertThat(body).contains("To=whatsapp:" + phone))
			.anySatisfy(body -> assertThat(body).contains("To=" + phone).doesNotContain("To=whatsapp:"));
	}

	/**
	 * The booking a manage link opens: the one its address names, for a guest with no
	 * other credentials, and for no other purpose.
	 */
	private String opensTheBooking(URI manage) {
		LinkTokens links = LinkKeys.from(environment);
		String booking = SentLinks.booking(manage);
		assertThat(links.opens(SentLinks.token(manage), LinkPurpose.MANAGE, booking, clock.instant())).isTrue();
		assertThat(links.opens(SentLinks.token(manage), LinkPurpose.INVOICE, booking, clock.instant())).isFalse();
		return booking;
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
		return onDeposit(bookingId, start, null, List.of("EMAIL"));
	}

	private static BookingConfirmed onDeposit(UUID bookingId, Instant start, String phone, List<String> channels) {
		return new BookingConfirmed(bookingId, "svc-loan", "Loan Signing", "MOBILE", 7L, start,
				start.plus(Duration.ofHours(1)), "America/Chicago",
				new Customer("Dana Smith", customerEmail(bookingId), phone, "en", channels), List.of(),
				"100 Main St, Houston, TX", null, new PriceSnapshot("q-loan", "USD", 45_000, 10_000, 0, List.of()));
	}

	private UUID paid(UUID bookingId, long amountCents) {
		UUID paymentId = UUID.randomUUID();
		EventEnvelope envelope = codec.envelope(
				new PaymentSucceeded(paymentId, bookingId, "pi_" + UUID.randomUUID(), amountCents, "USD"),
				bookingId.toString(), 1);
		publisher
			.publish(new OutgoingRecord(Topics.PAYMENT, envelope.subject(), EventCodec.write(envelope), Map.of(), null))
			.block(Duration.ofSeconds(30));
		return paymentId;
	}

	private void notApplied(UUID bookingId, UUID paymentId, long amountCents) {
		EventEnvelope envelope = codec.envelope(
				new PaymentNotApplied(bookingId, paymentId, "pi_" + paymentId, amountCents, "USD", "CONFIRMED"),
				bookingId.toString(), 1);
		publisher
			.publish(new OutgoingRecord(Topics.BOOKING, envelope.subject(), EventCodec.write(envelope), Map.of(), null))
			.block(Duration.ofSeconds(30));
	}

	private void refunded(UUID bookingId, UUID paymentId, String refundId, long amountCents) {
		EventEnvelope envelope = codec.envelope(new RefundIssued(paymentId, bookingId, refundId, amountCents, "USD"),
				bookingId.toString(), 1);
		publisher
			.publish(new OutgoingRecord(Topics.PAYMENT, envelope.subject(), EventCodec.write(envelope), Map.of(), null))
			.block(Duration.ofSeconds(30));
	}

}
