package org.bookingfleet.integration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.bookingfleet.events.EventCodec;
import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.Topics;
import org.bookingfleet.events.booking.Attendee;
import org.bookingfleet.events.booking.BookingConfirmed;
import org.bookingfleet.events.booking.Customer;
import org.bookingfleet.events.booking.PriceSnapshot;
import org.bookingfleet.integration.job.IntegrationJob;
import org.bookingfleet.integration.job.internal.store.Jobs;
import org.bookingfleet.platform.kafka.EventPublisher;
import org.bookingfleet.platform.kafka.OutgoingRecord;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service against WireMock partners and a GreenMail SMTP server, with a clock the
 * test can move forward. Every test works on bookings of its own, so the partners'
 * default answers serve them all. All these tests share one application context: two
 * contexts would share the consumer group and take each other's events.
 */
@FleetIntegrationTest
@AutoConfigureWebTestClient
@Import(WithPartners.TestClock.class)
public abstract class WithPartners {

	protected static final WireMockServer PARTNERS = new WireMockServer(options().dynamicPort());

	protected static final GreenMail MAIL = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	/** Where the messaging partner takes an SMS or WhatsApp message. */
	protected static final String MESSAGES = "/twilio/2010-04-01/Accounts/AClocal/Messages.json";

	static {
		PARTNERS.start();
		MAIL.start();
		defaultAnswers();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class TestClock {

		@Bean
		ShiftableClock clock() {
			return new ShiftableClock();
		}

	}

	@DynamicPropertySource
	static void partners(DynamicPropertyRegistry registry) {
		String base = "http://localhost:" + PARTNERS.port();
		registry.add("integration.partners.gohighlevel.base-url", () -> base + "/ghl");
		registry.add("integration.partners.google-calendar.base-url", () -> base + "/calendar/v3");
		registry.add("integration.partners.proof.base-url", () -> base + "/proof");
		registry.add("integration.partners.messaging.base-url", () -> base + "/twilio");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
	}

	@Autowired
	protected ShiftableClock clock;

	@Autowired
	protected EventCodec codec;

	@Autowired
	protected EventPublisher publisher;

	@Autowired
	protected Jobs jobs;

	@Autowired
	protected DatabaseClient database;

	private static void defaultAnswers() {
		PARTNERS.stubFor(post(urlPathEqualTo("/ghl/contacts/upsert")).atPriority(10)
			.willReturn(okJson("{\"contact\":{\"id\":\"ct_1001\"},\"new\":true}")));
		PARTNERS.stubFor(post(urlPathMatching("/ghl/contacts/[^/]+/tags")).atPriority(10).willReturn(okJson("{}")));
		PARTNERS.stubFor(
				post(urlPathMatching("/ghl/contacts/[^/]+/workflow/[^/]+")).atPriority(10).willReturn(okJson("{}")));
		PARTNERS.stubFor(post(urlPathEqualTo("/ghl/opportunities/upsert")).atPriority(10).willReturn(okJson("{}")));
		PARTNERS.stubFor(post(urlPathMatching("/calendar/v3/calendars/[^/]+/events")).atPriority(10)
			.willReturn(okJson("{\"status\":\"confirmed\"}")));
		PARTNERS.stubFor(put(urlPathMatching("/calendar/v3/calendars/[^/]+/events/[^/]+")).atPriority(10)
			.willReturn(okJson("{\"status\":\"confirmed\"}")));
		PARTNERS.stubFor(delete(urlPathMatching("/calendar/v3/calendars/[^/]+/events/[^/]+")).atPriority(10)
			.willReturn(aResponse().withStatus(204)));
		PARTNERS.stubFor(post(urlPathEqualTo("/proof/v1/transactions")).atPriority(10)
			.willReturn(okJson("{\"id\":\"ot_5001\",\"signing_link\":\"https://proof.example/sign/ot_5001\"}")));
		PARTNERS.stubFor(post(urlPathMatching("/twilio/2010-04-01/Accounts/[^/]+/Messages.json")).atPriority(10)
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"sid\":\"SM9001\",\"status\":\"queued\"}")));
		PARTNERS.stubFor(any(urlMatching("/.*")).atPriority(100).willReturn(aResponse().withStatus(404)));
	}

	protected static BookingConfirmed confirmed(UUID bookingId, String serviceType, Instant start, String timeZone,
			List<String> channels, List<Attendee> attendees) {
		return new BookingConfirmed(bookingId, "svc-" + serviceType.toLowerCase(),
				serviceType.equals("RON") ? "RON Acknowledgment" : "Standard Notary", serviceType, 7L, start,
				start.plus(Duration.ofMinutes(30)), timeZone,
				new Customer("Dana Smith", customerEmail(bookingId), "+17135550101", "en", channels), attendees,
				"100 Main St, Houston, TX", null, new PriceSnapshot("q-1", "USD", 3500, 0, 0, List.of()));
	}

	protected static String customerEmail(UUID bookingId) {
		return "customer-" + bookingId + "@example.com";
	}

	protected EventEnvelope publish(Object event, UUID bookingId, long version) {
		EventEnvelope envelope = codec.envelope(event, bookingId.toString(), version);
		publish(envelope);
		return envelope;
	}

	protected void publish(EventEnvelope envelope) {
		publisher
			.publish(new OutgoingRecord(Topics.BOOKING, envelope.subject(), EventCodec.write(envelope), Map.of(), null))
			.block(Duration.ofSeconds(30));
	}

	protected List<IntegrationJob> jobsOf(UUID bookingId) {
		return jobs.list(Optional.empty(), Optional.of(bookingId), 500).collectList().block(Duration.ofSeconds(10));
	}

	protected long count(String sql, Map<String, Object> parameters) {
		DatabaseClient.GenericExecuteSpec spec = database.sql(sql);
		for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
			spec = spec.bind(parameter.getKey(), parameter.getValue());
		}
		return spec.map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10));
	}

	protected long outboxEvents(String type, UUID bookingId, String topic) {
		return count(
				"select count(*) from outbox_event where event_type = :type and event_key = :key and topic = :topic",
				Map.of("type", type, "key", bookingId.toString(), "topic", topic));
	}

	/** The emails the mail server received for the address. */
	protected static MimeMessage[] mailTo(String address) {
		return Arrays.stream(MAIL.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
			}
			catch (MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).toArray(MimeMessage[]::new);
	}

}
