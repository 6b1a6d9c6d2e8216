package org.bookingfleet.integration.waitlist;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
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
import java.util.concurrent.ThreadLocalRandom;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.bookingfleet.events.EventCodec;
import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.Topics;
import org.bookingfleet.events.availability.OfferHoldRefused;
import org.bookingfleet.events.booking.WaitlistOfferMade;
import org.bookingfleet.events.booking.WaitlistOfferWithdrawn;
import org.bookingfleet.integration.WithPartners;
import org.bookingfleet.integration.job.BookingJobPlan;
import org.bookingfleet.integration.job.IntegrationJob;
import org.bookingfleet.integration.job.JobAction;
import org.bookingfleet.integration.job.JobStatus;
import org.bookingfleet.integration.message.MessageKind;
import org.bookingfleet.platform.kafka.OutgoingRecord;
import org.junit.jupiter.api.Test;

/**
 * An offer whose slot could not be held, or whose customer left the waitlist, against the
 * real broker and database: what was not sent yet never goes, what went is followed up in
 * the customer's language on the same channels.
 */
class WaitlistOfferEndIntegrationTest extends WithPartners {

	private static String phone() {
		return "+1832" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
	}

	private static String encoded(String phone) {
		return phone.replace("+", "%2B");
	}

	/**
	 * The messaging partner asks us to wait an hour before writing to this phone again.
	 */
	private static void throttled(String phone) {
		PARTNERS.stubFor(post(urlPathEqualTo(MESSAGES)).atPriority(1)
			.withRequestBody(containing(encoded(phone)))
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));
	}

	private static List<String> textsTo(String phone) {
		return PARTNERS
			.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)).withRequestBody(containing("To=" + encoded(phone))))
			.stream()
			.map(LoggedRequest::getBodyAsString)
			.map(body -> URLDecoder.decode(body, StandardCharsets.UTF_8))
			.toList();
	}

	private WaitlistOfferMade offer(UUID offerId, String email, String phone, String language, List<String> channels) {
		Instant start = clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
		return new WaitlistOfferMade(offerId, UUID.randomUUID(), "svc-apostille", 7L, start,
				start.plus(Duration.ofMinutes(30)), 1, clock.instant().plus(Duration.ofHours(2)), "Lucía Pérez", email,
				phone, "Apostilla exprés", "America/Argentina/Buenos_Aires", language, channels);
	}

	private static OfferHoldRefused refused(WaitlistOfferMade offer) {
		return new OfferHoldRefused(offer.offerId(), offer.entryId(), offer.providerId(), offer.serviceId(),
				offer.start(), "SLOT_TAKEN");
	}

	private EventEnvelope publishAvailability(Object event, UUID key) {
		EventEnvelope envelope = codec.envelope(event, key.toString(), 1);
		publishAvailability(envelope);
		return envelope;
	}

	private void publishAvailability(EventEnvelope envelope) {
		publisher
			.publish(new OutgoingRecord(Topics.AVAILABILITY, envelope.subject(), EventCodec.write(envelope), Map.of(),
					null))
			.block(Duration.ofSeconds(30));
	}

	private long ends(UUID offerId) {
		return count("select count(*) from waitlist_offer_end where offer_id = :offer", Map.of("offer", offerId));
	}

	private long sent(UUID offerId) {
		return count("select count(*) from outbound_message where booking_id = :offer", Map.of("offer", offerId));
	}

	private static boolean isFollowUp(IntegrationJob job) {
		return MessageKind.WAITLIST_OFFER_TAKEN.name().equals(job.payload().get(BookingJobPlan.PAYLOAD_MESSAGE));
	}

	@Test
	void holdRefusedBeforeTheNoticeWentCancelsItAndNothingIsSent() {
		UUID offerId = UUID.randomUUID();
		String email = "waitlisted-" + offerId + "@example.com";
		String phone = phone();
		throttled(phone);
		WaitlistOfferMade offer = offer(offerId, email, phone, "en", List.of("SMS", "WHATSAPP"));

		publish(offer, offerId, 1);
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(jobsOf(offerId)).hasSize(2).allSatisfy(job -> {
				assertThat(job.status()).isEqualTo(JobStatus.PENDING);
				assertThat(job.attempts()).isEqualTo(1);
				assertThat(job.nextAttemptAt()).isAfter(clock.instant().plus(Duration.ofMinutes(30)));
			}));
		publishAvailability(refused(offer), offerId);

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(jobsOf(offerId)).hasSize(2)
				.allSatisfy(job -> assertThat(job.status()).isEqualTo(JobStatus.CANCELLED)));
		assertThat(jobsOf(offerId)).noneMatch(WaitlistOfferEndIntegrationTest::isFollowUp);
		assertThat(sent(offerId)).isZero();
		assertThat(mailTo(email)).isEmpty();
		assertThat(ends(offerId)).isEqualTo(1);
	}

	@Test
	void holdRefusedAfterTheNoticeWentIsFollowedUpInTheCustomersLanguageOnItsChannelsOnceAndOnlyOnce()
			throws Exception {
		UUID offerId = UUID.randomUUID();
		String email = "waitlisted-" + offerId + "@example.com";
		String phone = phone();
		WaitlistOfferMade offer = offer(offerId, email, phone, "es-AR", List.of("EMAIL", "SMS"));

		publish(offer, offerId, 1);
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(jobsOf(offerId)).hasSize(2)
				.allSatisfy(job -> assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED)));
		EventEnvelope refusal = publishAvailability(refused(offer), offerId);

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(jobsOf(offerId)).filteredOn(WaitlistOfferEndIntegrationTest::isFollowUp)
				.hasSize(2)
				.allSatisfy(job -> assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED))
				.extracting(IntegrationJob::action)
				.containsExactlyInAnyOrder(JobAction.SEND_EMAIL, JobAction.SEND_SMS));

		MimeMessage[] toCustomer = mailTo(email);
		assertThat(toCustomer).hasSize(2);
		MimeMessage followUp = Arrays.stream(toCustomer).filter(message -> {
			try {
				return message.getSubject().startsWith("El lugar para Apostilla exprés");
			}
			catch (MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).findFirst().orElseThrow();
		assertThat(followUp.getSubject()).endsWith("ya fue tomado");
		assertThat(followUp.getContent().toString()).startsWith("Hola Lucía Pérez:")
			.contains("un momento antes")
			.contains("Conservás tu lugar en la lista")
			.doesNotContain("?offer=")
			.doesNotContain("Hello");
		assertThat(textsTo(phone)).hasSize(2)
			.anySatisfy(text -> assertThat(text).contains("Se liberó un lugar: Apostilla exprés"))
			.anySatisfy(text -> assertThat(text).contains("lo tomó otra persona un momento antes")
				.contains("Conservás tu lugar en la lista")
				.doesNotContain("Sorry"));
		assertThat(count("select count(*) from outbound_message where booking_id = :offer and kind = :kind",
				Map.of("offer", offerId, "kind", MessageKind.WAITLIST_OFFER_TAKEN.name())))
			.isEqualTo(2);

		publishAvailability(refusal);
		publishAvailability(refused(offer), offerId);
		publish(new WaitlistOfferWithdrawn(offerId, offer.entryId(), offer.serviceId(), offer.providerId(),
				offer.start(), "LEFT_WAITLIST"), offerId, 2);
		UUID laterRefusal = UUID.randomUUID();
		publishAvailability(
				new OfferHoldRefused(laterRefusal, UUID.randomUUID(), 7L, "svc-apostille", offer.start(), "SLOT_TAKEN"),
				offerId);
		UUID laterOffer = UUID.randomUUID();
		publish(offer(laterOffer, "waitlisted-" + laterOffer + "@example.com", null, "en", List.of("EMAIL")), offerId,
				3);
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(ends(laterRefusal)).isEqualTo(1);
			assertThat(jobsOf(laterOffer)).singleElement()
				.satisfies(job -> assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED));
		});

		assertThat(jobsOf(offerId)).hasSize(4);
		assertThat(mailTo(email)).hasSize(2);
		assertThat(textsTo(phone)).hasSize(2);
		assertThat(sent(offerId)).isEqualTo(4);
		assertThat(count("select count(*) from waitlist_offer_end where offer_id = :offer and reason = 'HOLD_REFUSED'",
				Map.of("offer", offerId)))
			.isEqualTo(1);
	}

	@Test
	void holdRefusedBeforeTheOfferArrivedLeavesTheOfferUntold() {
		UUID offerId = UUID.randomUUID();
		String email = "waitlisted-" + offerId + "@example.com";
		String phone = phone();
		WaitlistOfferMade offer = offer(offerId, email, phone, "es-AR", List.of("EMAIL", "SMS"));

		publishAvailability(refused(offer), offerId);
		await().atMost(Duration.ofSeconds(60)).until(() -> ends(offerId) == 1);
		publish(offer, offerId, 1);
		UUID laterOffer = UUID.randomUUID();
		publish(offer(laterOffer, "waitlisted-" + laterOffer + "@example.com", null, "en", List.of("EMAIL")), offerId,
				2);

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(jobsOf(laterOffer)).singleElement()
				.satisfies(job -> assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED)));
		assertThat(jobsOf(offerId)).isEmpty();
		assertThat(sent(offerId)).isZero();
		assertThat(mailTo(email)).isEmpty();
		assertThat(textsTo(phone)).isEmpty();
	}

	@Test
	void customerWhoLeftTheWaitlistIsNotToldTheOfferStillWaitingAndHearsNoFollowUp() {
		UUID offerId = UUID.randomUUID();
		String email = "waitlisted-" + offerId + "@example.com";
		String phone = phone();
		throttled(phone);
		WaitlistOfferMade offer = offer(offerId, email, phone, "en", List.of("EMAIL", "SMS"));

		publish(offer, offerId, 1);
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(jobsOf(offerId)).filteredOn(job -> job.action() == JobAction.SEND_EMAIL)
				.singleElement()
				.satisfies(job -> assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED));
			assertThat(jobsOf(offerId)).filteredOn(job -> job.action() == JobAction.SEND_SMS)
				.singleElement()
				.satisfies(job -> {
					assertThat(job.status()).isEqualTo(JobStatus.PENDING);
					assertThat(job.attempts()).isEqualTo(1);
				});
		});
		publish(new WaitlistOfferWithdrawn(offerId, offer.entryId(), offer.serviceId(), offer.providerId(),
				offer.start(), "LEFT_WAITLIST"), offerId, 2);

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(jobsOf(offerId)).filteredOn(job -> job.action() == JobAction.SEND_SMS)
				.singleElement()
				.satisfies(job -> assertThat(job.status()).isEqualTo(JobStatus.CANCELLED)));
		assertThat(jobsOf(offerId)).hasSize(2).noneMatch(WaitlistOfferEndIntegrationTest::isFollowUp);
		assertThat(count("select count(*) from waitlist_offer_end where offer_id = :offer and reason = 'WITHDRAWN'",
				Map.of("offer", offerId)))
			.isEqualTo(1);
		assertThat(mailTo(email)).hasSize(1);
		assertThat(sent(offerId)).isEqualTo(1);
	}

}
