package org.bookingfleet.integration.job.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.bookingfleet.integration.WithPartners;
import org.bookingfleet.integration.job.JobAction;
import org.bookingfleet.integration.job.JobRequest;
import org.bookingfleet.integration.job.Partner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * The claim's plan as the service runs it: its statement is prepared once per connection
 * and PostgreSQL soon plans it for any parameters (a generic plan), so it cannot count on
 * knowing that few jobs are due.
 */
class JobClaimPlanIntegrationTest extends WithPartners {

	private static final int HISTORY = 3_000;

	@Autowired
	private ReactiveTransactionManager transactions;

	@Test
	void aClaimLooksUpTheJobACandidateWaitsForByItsKeyAndScansNoTable() {
		UUID bookingId = UUID.randomUUID();
		Instant now = clock.instant();
		List<JobRequest> succeeded = jobsOf(bookingId, "done", JobAction.UPSERT_CONTACT, Optional.empty(), now);
		// due years from now, as the reminders of bookings far ahead are
		List<JobRequest> later = jobsOf(bookingId, "later", JobAction.TAG_CONTACT, Optional.empty(),
				now.plus(Duration.ofDays(3650)));
		JobRequest waiting = new JobRequest(JobAction.TAG_CONTACT, bookingId, "plan-test:waiting:" + bookingId,
				Optional.of(succeeded.get(0).dedupeKey()), Map.of("tags", "x"), now.plus(Duration.ofDays(3650)));
		jobs.add(succeeded, now).block(Duration.ofSeconds(60));
		database.sql("update integration_job set status = 'SUCCEEDED' where booking_id = :booking")
			.bind("booking", bookingId)
			.fetch()
			.rowsUpdated()
			.block(Duration.ofSeconds(30));
		jobs.add(later, now).block(Duration.ofSeconds(60));
		jobs.add(List.of(waiting), now).block(Duration.ofSeconds(10));
		database.sql("analyze integration_job").then().block(Duration.ofSeconds(30));

		String plan = TransactionalOperator.create(this.transactions)
			.execute(status -> database.sql("set local plan_cache_mode = force_generic_plan")
				.then()
				.thenMany(database.sql("explain " + Jobs.CLAIM)
					.bind("partner", Partner.GOHIGHLEVEL.name())
					.bind("now", now)
					.bind("leaseEnd", now.plus(Duration.ofMinutes(1)))
					.bind("limit", 10)
					.map(row -> row.get(0, String.class))
					.all()))
			.collect(Collectors.joining("\n"))
			.block(Duration.ofSeconds(30));

		assertThat(plan).contains("integration_job_dedupe_key_key").doesNotContain("Seq Scan");
	}

	private static List<JobRequest> jobsOf(UUID bookingId, String kind, JobAction action, Optional<String> after,
			Instant due) {
		return IntStream.range(0, HISTORY)
			.mapToObj(i -> new JobRequest(action, bookingId, "plan-test:" + kind + ":" + bookingId + ":" + i, after,
					Map.of(), due))
			.toList();
	}

}
