package org.bookingfleet.integration.job;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bookingfleet.events.Topics;
import org.bookingfleet.integration.WithPartners;
import org.bookingfleet.integration.calendar.CalendarEventId;
import org.bookingfleet.platform.security.JwtTokens;
import org.bookingfleet.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

class JobRetriesIntegrationTest extends WithPartners {

	@Autowired
	WebTestClient web;

	@Autowired
	JwtTokens tokens;

	private IntegrationJob jobOf(UUID bookingId, JobAction action) {
		return jobsOf(bookingId).stream().filter(job -> job.action() == action).findFirst().orElseThrow();
	}

	private UUID confirmedBooking(String serviceType) {
		UUID bookingId = UUID.randomUUID();
		Instant start = clock.instant().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.HOURS);
		publish(confirmed(bookingId, serviceType, start, "America/Chicago", List.of("EMAIL"), List.of()), bookingId, 2);
		return bookingId;
	}

	private String admin() {
		return "Bearer " + tokens.mint("admin-1", Set.of(Role.ADMIN), null, Duration.ofDays(30));
	}

	@Test
	void partnerAnsweringFiveHundredFourTimesThenOkCompletesTheJobOnce() {
		UUID bookingId = UUID.randomUUID();
		String eventId = CalendarEventId.forBooking(bookingId).value();
		String scenario = "flaky-" + bookingId;
		String state = STARTED;
		for (int failure = 1; failure <= 4; failure++) {
			PARTNERS.stubFor(post(urlPathMatching("/calendar/v3/calendars/[^/]+/events")).atPriority(1)
				.withRequestBody(matchingJsonPath("$.id", equalTo(eventId)))
				.inScenario(scenario)
				.whenScenarioStateIs(state)
				.willReturn(aResponse().withStatus(500).withBody("backend error"))
				.willSetStateTo("failed-" + failure));
			state = "failed-" + failure;
		}
		PARTNERS.stubFor(post(urlPathMatching("/calendar/v3/calendars/[^/]+/events")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.id", equalTo(eventId)))
			.inScenario(scenario)
			.whenScenarioStateIs(state)
			.willReturn(okJson("{\"status\":\"confirmed\"}"))
			.willSetStateTo("created"));
		Instant start = clock.instant().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.HOURS);
		publish(confirmed(bookingId, "MOBILE", start, "America/Chicago", List.of("EMAIL"), List.of()), bookingId, 2);

		await().atMost(Duration.ofSeconds(60))
			.ignoreExceptions()
			.untilAsserted(() -> assertThat(jobOf(bookingId, JobAction.INSERT_CALENDAR_EVENT).status())
				.isEqualTo(JobStatus.SUCCEEDED));

		IntegrationJob insert = jobOf(bookingId, JobAction.INSERT_CALENDAR_EVENT);
		assertThat(insert.attempts()).isEqualTo(5);
		assertThat(insert.lastError()).hasValueSatisfying(error -> assertThat(error).startsWith("500"));
		PARTNERS.verify(5, postRequestedFor(urlPathEqualTo("/calendar/v3/calendars/primary/events"))
			.withRequestBody(matchingJsonPath("$.id", equalTo(eventId))));
		assertThat(outboxEvents("CalendarEventCreated", bookingId, Topics.INTEGRATION)).isEqualTo(1);
	}

	@Test
	void throttledPartnerIsCalledAgainOnlyWhenItSaid() {
		UUID bookingId = UUID.randomUUID();
		String scenario = "throttled-" + bookingId;
		PARTNERS.stubFor(post(urlPathEqualTo("/ghl/contacts/upsert")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.email", equalTo(customerEmail(bookingId))))
			.inScenario(scenario)
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600"))
			.willSetStateTo("throttled"));
		PARTNERS.stubFor(post(urlPathEqualTo("/ghl/contacts/upsert")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.email", equalTo(customerEmail(bookingId))))
			.inScenario(scenario)
			.whenScenarioStateIs("throttled")
			.willReturn(okJson("{\"contact\":{\"id\":\"ct_throttled\"}}")));
		Instant start = clock.instant().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.HOURS);
		publish(confirmed(bookingId, "MOBILE", start, "America/Chicago", List.of("EMAIL"), List.of()), bookingId, 2);

		await().atMost(Duration.ofSeconds(60))
			.ignoreExceptions()
			.untilAsserted(() -> assertThat(jobOf(bookingId, JobAction.UPSERT_CONTACT).attempts()).isEqualTo(1));
		await().atMost(Duration.ofSeconds(30))
			.ignoreExceptions()
			.untilAsserted(
					() -> assertThat(jobOf(bookingId, JobAction.UPSERT_CONTACT).status()).isEqualTo(JobStatus.PENDING));
		IntegrationJob throttled = jobOf(bookingId, JobAction.UPSERT_CONTACT);
		assertThat(Duration.between(throttled.updatedAt(), throttled.nextAttemptAt())).isEqualTo(Duration.ofHours(1));
		assertThat(throttled.lastError()).hasValueSatisfying(error -> assertThat(error).startsWith("429"));
		assertThat(jobOf(bookingId, JobAction.TAG_CONTACT).attempts()).isZero();

		clock.shiftTo(throttled.nextAttemptAt());

		await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
			assertThat(jobOf(bookingId, JobAction.UPSERT_CONTACT).status()).isEqualTo(JobStatus.SUCCEEDED);
			assertThat(jobOf(bookingId, JobAction.TAG_CONTACT).status()).isEqualTo(JobStatus.SUCCEEDED);
		});
		PARTNERS.verify(2, postRequestedFor(urlPathEqualTo("/ghl/contacts/upsert"))
			.withRequestBody(matchingJsonPath("$.email", equalTo(customerEmail(bookingId)))));
		PARTNERS.verify(postRequestedFor(urlPathEqualTo("/ghl/contacts/ct_throttled/tags")));
	}

	@Test
	void partnerDownForTheWholeRunLeavesADeadJobThatAnAdminRetryCompletes() {
		UUID bookingId = UUID.randomUUID();
		PARTNERS.stubFor(post(urlPathEqualTo("/proof/v1/transactions")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.external_id", equalTo(bookingId.toString())))
			.willReturn(aResponse().withStatus(503).withBody("maintenance")));
		Instant start = clock.instant().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.HOURS);
		publish(confirmed(bookingId, "RON", start, "America/Chicago", List.of("EMAIL"), List.of()), bookingId, 2);

		await().atMost(Duration.ofSeconds(60))
			.ignoreExceptions()
			.untilAsserted(() -> assertThat(jobOf(bookingId, JobAction.CREATE_RON_SESSION).status())
				.isEqualTo(JobStatus.DEAD));
		IntegrationJob dead = jobOf(bookingId, JobAction.CREATE_RON_SESSION);
		assertThat(dead.attempts()).isEqualTo(5);
		assertThat(outboxEvents("IntegrationFailed", bookingId, Topics.INTEGRATION)).isEqualTo(1);
		assertThat(outboxEvents("IntegrationFailed", bookingId, Topics.deadLetters(Topics.INTEGRATION))).isEqualTo(1);
		web.get()
			.uri("/api/v2/integrations/jobs?status=DEAD&bookingId={id}", bookingId)
			.header("Authorization", admin())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1)
			.jsonPath("$[0].id")
			.isEqualTo(dead.id().toString())
			.jsonPath("$[0].action")
			.isEqualTo("CREATE_RON_SESSION")
			.jsonPath("$[0].lastError")
			.value(error -> assertThat((String) error).contains("503"));

		PARTNERS.stubFor(post(urlPathEqualTo("/proof/v1/transactions")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.external_id", equalTo(bookingId.toString())))
			.willReturn(okJson("{\"id\":\"ot_back\",\"signing_link\":\"https://proof.example/sign/ot_back\"}")));
		web.post()
			.uri("/api/v2/integrations/jobs/{id}/retry", dead.id())
			.header("Authorization", admin())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("PENDING")
			.jsonPath("$.attempts")
			.isEqualTo(0);

		await().atMost(Duration.ofSeconds(60))
			.ignoreExceptions()
			.untilAsserted(() -> assertThat(jobOf(bookingId, JobAction.CREATE_RON_SESSION).status())
				.isEqualTo(JobStatus.SUCCEEDED));
		assertThat(count("select count(*) from ron_session where booking_id = :id and transaction_id = 'ot_back'",
				Map.of("id", bookingId)))
			.isEqualTo(1);
		assertThat(outboxEvents("RonSessionCreated", bookingId, Topics.INTEGRATION)).isEqualTo(1);
	}

	@Test
	void onlyADeadJobCanBeRetriedAndOnlyByAnAdmin() {
		UUID bookingId = confirmedBooking("MOBILE");
		await().atMost(Duration.ofSeconds(60))
			.ignoreExceptions()
			.untilAsserted(() -> assertThat(jobOf(bookingId, JobAction.UPSERT_CONTACT).status())
				.isEqualTo(JobStatus.SUCCEEDED));
		UUID done = jobOf(bookingId, JobAction.UPSERT_CONTACT).id();
		String client = "Bearer " + tokens.mint("alice", Set.of(Role.CLIENT), null, Duration.ofDays(30));

		web.post()
			.uri("/api/v2/integrations/jobs/{id}/retry", done)
			.header("Authorization", admin())
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("INVALID_STATE_TRANSITION");
		web.post()
			.uri("/api/v2/integrations/jobs/{id}/retry", done)
			.header("Authorization", client)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("FORBIDDEN");
		web.get().uri("/api/v2/integrations/jobs").exchange().expectStatus().isUnauthorized();
		web.post()
			.uri("/api/v2/integrations/jobs/{id}/retry", UUID.randomUUID())
			.header("Authorization", admin())
			.exchange()
			.expectStatus()
			.isNotFound();
		web.get()
			.uri("/api/v2/integrations/jobs?status=SLEEPING")
			.header("Authorization", admin())
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.field")
			.isEqualTo("status");
		assertThat(jobOf(bookingId, JobAction.UPSERT_CONTACT).status()).isEqualTo(JobStatus.SUCCEEDED);
	}

}
