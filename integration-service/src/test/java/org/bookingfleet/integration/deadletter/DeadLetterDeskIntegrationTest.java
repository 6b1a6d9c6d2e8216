package org.bookingfleet.integration.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bookingfleet.events.EventCodec;
import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.Topics;
import org.bookingfleet.integration.WithPartners;
import org.bookingfleet.platform.kafka.OutgoingRecord;
import org.bookingfleet.platform.security.JwtTokens;
import org.bookingfleet.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

class DeadLetterDeskIntegrationTest extends WithPartners {

	@Autowired
	WebTestClient web;

	@Autowired
	JwtTokens tokens;

	private String admin() {
		return "Bearer " + tokens.mint("admin-1", Set.of(Role.ADMIN), null, Duration.ofDays(30));
	}

	private String client() {
		return "Bearer " + tokens.mint("alice", Set.of(Role.CLIENT), null, Duration.ofDays(30));
	}

	/** What the platform's consumers write when they give up on a record. */
	private void deadLetter(String topic, String key, byte[] value, String consumer, String error) {
		publisher.publish(new OutgoingRecord(Topics.deadLetters(topic), key, value,
				Map.of("dlq.consumer", consumer, "dlq.error.class", "java.lang.IllegalStateException",
						"dlq.error.message", error, "dlq.original.topic", topic, "dlq.original.partition", "0",
						"dlq.original.offset", "41"),
				null))
			.block(Duration.ofSeconds(30));
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> listed(String status) {
		return web.get()
			.uri("/api/v2/integrations/dead-letters?status={status}", status)
			.header("Authorization", admin())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(Map.class)
			.returnResult()
			.getResponseBody()
			.stream()
			.map(letter -> (Map<String, Object>) letter)
			.toList();
	}

	private Map<String, Object> listedWith(String status, String field, String value) {
		List<Map<String, Object>> found = listed(status).stream()
			.filter(letter -> value.equals(letter.get(field)))
			.toList();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private long outboxRows(UUID eventId) {
		return count("select count(*) from outbox_event where event_id = :id and topic = :topic",
				Map.of("id", eventId, "topic", Topics.BOOKING));
	}

	@Test
	void aDeadLetterIsListedAndARetryPutsItsEventBackOnItsTopicOnce() {
		UUID bookingId = UUID.randomUUID();
		Instant start = clock.instant().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.HOURS);
		EventEnvelope event = codec.envelope(
				confirmed(bookingId, "MOBILE", start, "America/Chicago", List.of("EMAIL"), List.of()),
				bookingId.toString(), 2);
		deadLetter(Topics.BOOKING, bookingId.toString(), EventCodec.write(event),
				"integration-service.integration-fan-out", "calendar not configured");

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(listedWith("NEW", "eventId", event.id().toString())).isNotNull());
		Map<String, Object> listed = listedWith("NEW", "eventId", event.id().toString());
		assertThat(listed).containsEntry("topic", Topics.BOOKING)
			.containsEntry("key", bookingId.toString())
			.containsEntry("eventType", "BookingConfirmed")
			.containsEntry("consumer", "integration-service.integration-fan-out")
			.containsEntry("failureClass", "java.lang.IllegalStateException")
			.containsEntry("failureMessage", "calendar not configured")
			.containsEntry("timesSeen", 1)
			.containsEntry("retryable", true);
		String letter = (String) listed.get("id");
		assertThat(jobsOf(bookingId)).isEmpty();

		web.post()
			.uri("/api/v2/integrations/dead-letters/{id}/retry", letter)
			.header("Authorization", admin())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("RETRIED");
		assertThat(outboxRows(event.id())).isEqualTo(1);

		// the consumer that gave up never recorded the event's id: it applies it now
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jobsOf(bookingId)).isNotEmpty());

		web.post()
			.uri("/api/v2/integrations/dead-letters/{id}/retry", letter)
			.header("Authorization", admin())
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("INVALID_STATE_TRANSITION");
		assertThat(outboxRows(event.id())).isEqualTo(1);
		assertThat(count("select count(*) from outbox_event where event_id = :id and published_at is null",
				Map.of("id", event.id())))
			.isZero();
		assertThat(listedWith("RETRIED", "id", letter)).containsEntry("status", "RETRIED");
		assertThat(listed("NEW")).noneMatch(other -> letter.equals(other.get("id")));
	}

	@Test
	void aRecordThatIsNotAnEventCanOnlyBeDismissed() {
		String key = "garbage-" + UUID.randomUUID();
		deadLetter(Topics.CATALOG, key, "not an event".getBytes(StandardCharsets.UTF_8), "pricing-service.catalog-view",
				"unreadable");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(listedWith("NEW", "key", key)).isNotNull());
		Map<String, Object> listed = listedWith("NEW", "key", key);
		assertThat(listed).containsEntry("topic", Topics.CATALOG)
			.containsEntry("eventType", null)
			.containsEntry("retryable", false);
		String letter = (String) listed.get("id");

		web.post()
			.uri("/api/v2/integrations/dead-letters/{id}/retry", letter)
			.header("Authorization", admin())
			.exchange()
			.expectStatus()
			.isEqualTo(409);
		web.post()
			.uri("/api/v2/integrations/dead-letters/{id}/dismissal", letter)
			.header("Authorization", admin())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DISMISSED");
		web.post()
			.uri("/api/v2/integrations/dead-letters/{id}/dismissal", letter)
			.header("Authorization", admin())
			.exchange()
			.expectStatus()
			.isEqualTo(409);
		assertThat(listedWith("DISMISSED", "id", letter)).containsEntry("key", key);
	}

	@Test
	void onlyAdminsReachTheDeskAndABadStatusIsRefused() {
		web.get()
			.uri("/api/v2/integrations/dead-letters")
			.header("Authorization", client())
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("FORBIDDEN");
		web.post()
			.uri("/api/v2/integrations/dead-letters/{id}/retry", UUID.randomUUID())
			.header("Authorization", client())
			.exchange()
			.expectStatus()
			.isForbidden();
		web.get()
			.uri("/api/v2/integrations/dead-letters?status=LOST")
			.header("Authorization", admin())
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("VALIDATION_FAILED")
			.jsonPath("$.error.field")
			.isEqualTo("status");
		web.post()
			.uri("/api/v2/integrations/dead-letters/{id}/retry", UUID.randomUUID())
			.header("Authorization", admin())
			.exchange()
			.expectStatus()
			.isNotFound();
	}

}
