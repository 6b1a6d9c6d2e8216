package org.bookingfleet.integration.job;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.bookingfleet.events.Topics;
import org.bookingfleet.integration.WithPartners;
import org.bookingfleet.integration.booking.Channel;
import org.bookingfleet.integration.job.internal.store.SentMessage;
import org.bookingfleet.integration.message.MessageKind;
import org.junit.jupiter.api.Test;

/**
 * A job always ends its attempt with a state of record, whatever goes wrong after the
 * partner answered.
 */
class JobOutcomeIntegrationTest extends WithPartners {

	private IntegrationJob jobOf(UUID bookingId, JobAction action) {
		return jobsOf(bookingId).stream().filter(job -> job.action() == action).findFirst().orElseThrow();
	}

	private UUID ronBooking() {
		UUID bookingId = UUID.randomUUID();
		return bookingId;
	}

	private void confirmRon(UUID bookingId) {
		Instant start = clock.instant().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.HOURS);
		publish(confirmed(bookingId, "RON", start, "America/Chicago", List.of("EMAIL"), List.of()), bookingId, 2);
	}

	private static void proofAnswers(UUID bookingId, String transactionId) {
		PARTNERS.stubFor(post(urlPathEqualTo("/proof/v1/transactions")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.external_id", equalTo(bookingId.toString())))
			.willReturn(okJson("{\"id\":\"" + transactionId + "\",\"signing_link\":\"https://proof.example/sign/"
					+ transactionId + "\"}")));
	}

	private void keepSession(UUID bookingId, String transactionId) {
		database
			.sql("insert into ron_session (booking_id, transaction_id, signer_link, status, created_at) "
					+ "values (:b, :t, 'https://proof.example/sign/kept', 'CREATED', now())")
			.bind("b", bookingId)
			.bind("t", transactionId)
			.then()
			.block(Duration.ofSeconds(10));
	}

	/**
	 * The table refuses the rows whose {@code column} matches {@code condition}, with
	 * {@code refusal} and the value in the error.
	 */
	private void refuseInserts(String table, String column, String condition, String refusal) {
		database
			.sql("create or replace function refuse_unrecordable_" + table + "() returns trigger language "
					+ "plpgsql as $$ begin if new." + column + " " + condition + " then raise exception '" + refusal
					+ " %', new." + column + "; end if; return new; end $$")
			.then()
			.block(Duration.ofSeconds(10));
		database
			.sql("create or replace trigger refuse_unrecordable_" + table + " before insert on " + table
					+ " for each row execute function refuse_unrecordable_" + table + "()")
			.then()
			.block(Duration.ofSeconds(10));
	}

	@Test
	void proofAnswerTakenByAnotherBookingKillsThatJobWithAClearErrorAndTheOthersGoOn() {
		UUID earlier = UUID.randomUUID();
		String taken = "ot_taken_" + earlier;
		keepSession(earlier, taken);
		UUID bookingId = ronBooking();
		proofAnswers(bookingId, taken);
		UUID neighbour = ronBooking();
		proofAnswers(neighbour, "ot_own_" + neighbour);

		confirmRon(bookingId);
		confirmRon(neighbour);

		await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
			assertThat(jobOf(bookingId, JobAction.CREATE_RON_SESSION).status()).isEqualTo(JobStatus.DEAD);
			assertThat(jobOf(neighbour, JobAction.CREATE_RON_SESSION).status()).isEqualTo(JobStatus.SUCCEEDED);
		});
		IntegrationJob dead = jobOf(bookingId, JobAction.CREATE_RON_SESSION);
		assertThat(dead.attempts()).isEqualTo(1);
		assertThat(dead.lastError())
			.hasValueSatisfying(error -> assertThat(error).contains(taken).contains("belongs to booking " + earlier));
		assertThat(outboxEvents("IntegrationFailed", bookingId, Topics.INTEGRATION)).isEqualTo(1);
		assertThat(outboxEvents("RonSessionCreated", bookingId, Topics.INTEGRATION)).isZero();
		assertThat(count("select count(*) from ron_session where transaction_id = :t", Map.of("t", taken)))
			.isEqualTo(1);
		assertThat(outboxEvents("RonSessionCreated", neighbour, Topics.INTEGRATION)).isEqualTo(1);
	}

	@Test
	void proofAnsweringTheSessionAlreadyKeptForTheBookingIsDone() {
		UUID bookingId = ronBooking();
		String transactionId = "ot_again_" + bookingId;
		keepSession(bookingId, transactionId);
		proofAnswers(bookingId, transactionId);

		confirmRon(bookingId);

		await().atMost(Duration.ofSeconds(60))
			.ignoreExceptions()
			.untilAsserted(() -> assertThat(jobOf(bookingId, JobAction.CREATE_RON_SESSION).status())
				.isEqualTo(JobStatus.SUCCEEDED));
		assertThat(jobOf(bookingId, JobAction.CREATE_RON_SESSION).attempts()).isEqualTo(1);
		assertThat(count("select count(*) from ron_session where booking_id = :b", Map.of("b", bookingId)))
			.isEqualTo(1);
		// announced when it was first kept, not again
		assertThat(outboxEvents("RonSessionCreated", bookingId, Topics.INTEGRATION)).isZero();
	}

	@Test
	void outcomeThatCannotBeWrittenFailsTheAttemptUntilTheJobIsDeadAndSparesTheOthers() {
		refuseInserts("ron_session", "transaction_id", "like 'ot_unrecordable_%'", "session store refused");
		UUID bookingId = ronBooking();
		proofAnswers(bookingId, "ot_unrecordable_" + bookingId);
		UUID neighbour = ronBooking();
		proofAnswers(neighbour, "ot_fine_" + neighbour);

		confirmRon(bookingId);
		confirmRon(neighbour);

		await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
			assertThat(jobOf(bookingId, JobAction.CREATE_RON_SESSION).status()).isEqualTo(JobStatus.DEAD);
			assertThat(jobOf(neighbour, JobAction.CREATE_RON_SESSION).status()).isEqualTo(JobStatus.SUCCEEDED);
		});
		IntegrationJob dead = jobOf(bookingId, JobAction.CREATE_RON_SESSION);
		assertThat(dead.attempts()).isEqualTo(5);
		assertThat(dead.lastError()).hasValueSatisfying(
				error -> assertThat(error).contains("could not record the outcome").contains("session store refused"));
		PARTNERS.verify(5, postRequestedFor(urlPathEqualTo("/proof/v1/transactions"))
			.withRequestBody(matchingJsonPath("$.external_id", equalTo(bookingId.toString()))));
		assertThat(outboxEvents("IntegrationFailed", bookingId, Topics.INTEGRATION)).isEqualTo(1);
		assertThat(outboxEvents("RonSessionCreated", bookingId, Topics.INTEGRATION)).isZero();
		assertThat(outboxEvents("RonSessionCreated", neighbour, Topics.INTEGRATION)).isEqualTo(1);
	}

	/** A confirmed mobile booking whose snapshot is kept: its CRM contact is in. */
	private UUID confirmedMobileBooking() {
		UUID bookingId = UUID.randomUUID();
		Instant start = clock.instant().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.HOURS);
		publish(confirmed(bookingId, "MOBILE", start, "America/Chicago", List.of("EMAIL"), List.of()), bookingId, 2);
		await().atMost(Duration.ofSeconds(60))
			.ignoreExceptions()
			.untilAsserted(() -> assertThat(jobOf(bookingId, JobAction.UPSERT_CONTACT).status())
				.isEqualTo(JobStatus.SUCCEEDED));
		return bookingId;
	}

	@Test
	void jobLeftRunningByAWorkerThatDiedMidCallIsTakenAgainWhenItsLeaseEnds() {
		UUID bookingId = confirmedMobileBooking();
		String phone = "+1713" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
		// what a worker leaves when it dies after its claim: RUNNING, one attempt, a
		// lease that has run out
		UUID crashed = claimedText(bookingId, phone, Duration.ofSeconds(-1));

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(jobs.find(crashed).block(Duration.ofSeconds(10))).satisfies(job -> {
				assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
				assertThat(job.attempts()).isEqualTo(2);
			}));
		PARTNERS.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES))
			.withRequestBody(containing("To=" + phone.replace("+", "%2B"))));
	}

	/**
	 * A text message a worker claimed, its lease ending {@code leaseLeft} from now on the
	 * service's clock (a lease still running keeps the other workers off it).
	 */
	private UUID claimedText(UUID bookingId, String phone, Duration leaseLeft) {
		UUID id = UUID.randomUUID();
		database
			.sql("insert into integration_job (id, partner, action, booking_id, dedupe_key, payload, status, "
					+ "attempts, next_attempt_at, created_at, updated_at) values (:id, 'MESSAGING', 'SEND_SMS', "
					+ ":booking, :key, :payload::jsonb, 'RUNNING', 1, :leaseEnd, :claimedAt, :claimedAt)")
			.bind("id", id)
			.bind("booking", bookingId)
			.bind("key", "sms:claimed:" + id)
			.bind("payload", "{\"message\":\"CONFIRMATION\",\"recipient\":\"" + phone + "\",\"language\":\"en\"}")
			.bind("leaseEnd", clock.instant().plus(leaseLeft))
			.bind("claimedAt", clock.instant())
			.then()
			.block(Duration.ofSeconds(10));
		return id;
	}

	private long sentFor(UUID jobId) {
		return count("select count(*) from outbound_message where job_id = :j", Map.of("j", jobId));
	}

	@Test
	void aSentMessageIsRememberedOnlyWithTheMarkOfItsAttemptDone() {
		String phone = "+1713" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
		UUID id = claimedText(UUID.randomUUID(), phone, Duration.ofHours(1));
		IntegrationJob claimed = jobs.find(id).block(Duration.ofSeconds(10));
		SentMessage message = new SentMessage(Channel.SMS, phone, MessageKind.CONFIRMATION, "SM-kept");

		// another attempt than the one this worker holds: neither the state nor the
		// message is written
		assertThat(jobs
			.settleSent(claimed.succeeded(clock.instant()), JobStatus.RUNNING, 2, Optional.of("SM-kept"), message)
			.block(Duration.ofSeconds(10))).isFalse();
		assertThat(jobs.find(id).block(Duration.ofSeconds(10)).status()).isEqualTo(JobStatus.RUNNING);
		assertThat(sentFor(id)).isZero();

		assertThat(jobs
			.settleSent(claimed.succeeded(clock.instant()), JobStatus.RUNNING, 1, Optional.of("SM-kept"), message)
			.block(Duration.ofSeconds(10))).isTrue();
		assertThat(jobs.find(id).block(Duration.ofSeconds(10)).status()).isEqualTo(JobStatus.SUCCEEDED);
		assertThat(count(
				"select count(*) from outbound_message where job_id = :j and channel = 'SMS' "
						+ "and recipient = :r and kind = 'CONFIRMATION' and partner_ref = 'SM-kept'",
				Map.of("j", id, "r", phone)))
			.isEqualTo(1);
	}

	@Test
	void aMessageThatCannotBeRememberedFailsItsAttemptAndLeavesTheJobUnsettled() {
		refuseInserts("outbound_message", "recipient", "= '+17130000001'", "message store refused");
		UUID bookingId = confirmedMobileBooking();
		UUID id = claimedText(bookingId, "+17130000001", Duration.ofSeconds(-1));

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(jobs.find(id).block(Duration.ofSeconds(10))).satisfies(job -> {
				assertThat(job.status()).isNotIn(JobStatus.SUCCEEDED, JobStatus.RUNNING);
				assertThat(job.lastError())
					.hasValueSatisfying(error -> assertThat(error).contains("could not record the outcome")
						.contains("message store refused"));
			}));
		assertThat(sentFor(id)).isZero();
	}

}
