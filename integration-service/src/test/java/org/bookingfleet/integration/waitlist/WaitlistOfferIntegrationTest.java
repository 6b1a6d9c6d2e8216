package org.bookingfleet.integration.waitlist;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.mail.internet.MimeMessage;
import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.booking.WaitlistOfferMade;
import org.bookingfleet.integration.WithPartners;
import org.bookingfleet.integration.job.IntegrationJob;
import org.bookingfleet.integration.job.JobAction;
import org.bookingfleet.integration.job.JobStatus;
import org.junit.jupiter.api.Test;

class WaitlistOfferIntegrationTest extends WithPartners {

	private static String phone() {
		return "+1713" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
	}

	private WaitlistOfferMade offer(UUID offerId, Instant start, Instant expiresAt, String email, String phone) {
		return new WaitlistOfferMade(offerId, UUID.randomUUID(), "Standard Notary", 7L, start,
				start.plus(Duration.ofMinutes(30)), 1, expiresAt, "Dana Smith", email, phone, null, null, null, null);
	}

	/**
	 * Publishes on the key of another offer, so it is applied after everything published
	 * before on that key.
	 */
	private void publishAfter(UUID earlierOffer, WaitlistOfferMade event) {
		publish(codec.envelope(event, earlierOffer.toString(), 1));
	}

	@Test
	void offerWithoutLanguageZoneOrChannelsGoesByEmailAndSmsInBothLanguagesAndARedeliveryAddsNothing()
			throws Exception {
		UUID offerId = UUID.randomUUID();
		String email = "waitlisted-" + offerId + "@example.com";
		String phone = phone();
		Instant start = clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
		WaitlistOfferMade made = offer(offerId, start, clock.instant().plus(Duration.ofHours(2)), email, phone);

		EventEnvelope first = publish(made, offerId, 1);
		publish(first);
		publish(made, offerId, 1);
		UUID laterOffer = UUID.randomUUID();
		publishAfter(offerId, offer(laterOffer, start, clock.instant().plus(Duration.ofHours(2)),
				"waitlisted-" + laterOffer + "@example.com", null));

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(jobsOf(laterOffer)).hasSize(1)
				.allSatisfy(job -> assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED));
			assertThat(jobsOf(offerId)).extracting(IntegrationJob::action)
				.containsExactlyInAnyOrder(JobAction.SEND_EMAIL, JobAction.SEND_SMS);
			assertThat(jobsOf(offerId)).allSatisfy(job -> assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED));
		});

		MimeMessage[] toCustomer = mailTo(email);
		assertThat(toCustomer).hasSize(1);
		assertThat(toCustomer[0].getSubject()).startsWith("A spot opened up: Standard Notary")
			.contains("Se liberó un lugar: Standard Notary");
		assertThat(toCustomer[0].getContent().toString()).contains("Hello Dana Smith,")
			.contains("Hola Dana Smith:")
			.contains("(UTC)")
			.contains("Book it here: https://book.example.com/?offer=" + offerId);
		PARTNERS.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES))
			.withRequestBody(containing("To=" + phone.replace("+", "%2B"))));
		assertThat(count("select count(*) from outbound_message where booking_id = :offer and kind = 'WAITLIST_OFFER'",
				Map.of("offer", offerId)))
			.isEqualTo(2);
	}

	@Test
	void offerWithoutPhoneSendsOnlyTheEmail() {
		UUID offerId = UUID.randomUUID();
		String email = "waitlisted-" + offerId + "@example.com";
		Instant start = clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);

		publish(offer(offerId, start, clock.instant().plus(Duration.ofHours(2)), email, null), offerId, 1);

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(jobsOf(offerId)).singleElement().satisfies(job -> {
				assertThat(job.action()).isEqualTo(JobAction.SEND_EMAIL);
				assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
			}));
		assertThat(mailTo(email)).hasSize(1);
	}

	@Test
	void offerThatExpiredBeforeItArrivedSendsNothing() {
		UUID offerId = UUID.randomUUID();
		String email = "waitlisted-" + offerId + "@example.com";
		Instant start = clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
		publish(offer(offerId, start, clock.instant().minus(Duration.ofMinutes(1)), email, phone()), offerId, 1);
		UUID laterOffer = UUID.randomUUID();
		publishAfter(offerId, offer(laterOffer, start, clock.instant().plus(Duration.ofHours(2)),
				"waitlisted-" + laterOffer + "@example.com", null));

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jobsOf(laterOffer)).hasSize(1));

		assertThat(jobsOf(offerId)).isEmpty();
		assertThat(count("select count(*) from waitlist_offer where offer_id = :offer", Map.of("offer", offerId)))
			.isZero();
		assertThat(mailTo(email)).isEmpty();
	}

	private WaitlistOfferMade told(UUID offerId, Instant start, String email, String phone, String serviceName,
			String timeZone, String language, List<String> channels) {
		return new WaitlistOfferMade(offerId, UUID.randomUUID(), "svc-apostille", 7L, start,
				start.plus(Duration.ofMinutes(30)), 1, clock.instant().plus(Duration.ofHours(2)), "Lucía Pérez", email,
				phone, serviceName, timeZone, language, channels);
	}

	@Test
	void spanishOfferChosenBySmsIsToldInSpanishBySmsOnlyAtBuenosAiresTime() {
		UUID offerId = UUID.randomUUID();
		String email = "waitlisted-" + offerId + "@example.com";
		String phone = phone();
		ZoneId buenosAires = ZoneId.of("America/Argentina/Buenos_Aires");
		Instant start = clock.instant()
			.plus(Duration.ofDays(3))
			.atZone(buenosAires)
			.toLocalDate()
			.atTime(LocalTime.of(15, 0))
			.atZone(buenosAires)
			.toInstant();

		publish(told(offerId, start, email, phone, "Apostilla exprés", "America/Argentina/Buenos_Aires", "es-AR",
				List.of("SMS")), offerId, 1);

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(jobsOf(offerId)).singleElement().satisfies(job -> {
				assertThat(job.action()).isEqualTo(JobAction.SEND_SMS);
				assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
			}));
		List<LoggedRequest> sms = PARTNERS.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))
			.withRequestBody(containing("To=" + phone.replace("+", "%2B"))));
		assertThat(sms).hasSize(1);
		String body = URLDecoder.decode(sms.get(0).getBodyAsString(), StandardCharsets.UTF_8);
		assertThat(body).contains("Se liberó un lugar: Apostilla exprés")
			.contains("a las 15:00")
			.contains("https://book.example.com/?offer=" + offerId)
			.doesNotContain("A spot opened up");
		assertThat(mailTo(email)).isEmpty();
	}

	@Test
	void englishOfferChosenByEmailIsToldInEnglishByEmailOnlyAtChicagoTime() throws Exception {
		UUID offerId = UUID.randomUUID();
		String email = "waitlisted-" + offerId + "@example.com";
		String phone = phone();
		ZoneId chicago = ZoneId.of("America/Chicago");
		Instant start = clock.instant()
			.plus(Duration.ofDays(3))
			.atZone(chicago)
			.toLocalDate()
			.atTime(LocalTime.of(9, 30))
			.atZone(chicago)
			.toInstant();

		publish(told(offerId, start, email, phone, "Apostille Express", "America/Chicago", "en", List.of("EMAIL")),
				offerId, 1);

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(jobsOf(offerId)).singleElement().satisfies(job -> {
				assertThat(job.action()).isEqualTo(JobAction.SEND_EMAIL);
				assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
			}));
		MimeMessage[] toCustomer = mailTo(email);
		assertThat(toCustomer).hasSize(1);
		assertThat(toCustomer[0].getSubject()).startsWith("A spot opened up: Apostille Express")
			.doesNotContain("Se liberó");
		assertThat(toCustomer[0].getContent().toString()).contains("Hello Lucía Pérez,")
			.doesNotContain("Hola")
			.contains("at 9:30 AM (America/Chicago)")
			.contains("Book it here: https://book.example.com/?offer=" + offerId);
		PARTNERS.verify(0, postRequestedFor(urlPathEqualTo(MESSAGES))
			.withRequestBody(containing("To=" + phone.replace("+", "%2B"))));
	}

}
