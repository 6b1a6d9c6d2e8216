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
import java.util.stream.Stream;

import org.bookingfleet.integration.WithPartners;
import org.bookingfleet.integration.job.JobAction;
import org.bookingfleet.integration.job.JobRequest;
import org.bookingfleet.integration.job.Partner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * The claim's plan over a table as the service's becomes: thousands of jobs done, their
 * times past, and reminders pending far ahead. Asked for its generic plan too, the plan a
 * statement prepared once per connection gets: the service's connections plan each
 * statement once ({@code plan_cache_mode}), as PostgreSQL, left to choose, planned the
 * claim afresh on every execution.
 */
class JobClaimPlanIntegrationTest extends WithPartners {

	private static final int HISTORY = 3_000;

	@Autowired
	private ReactiveTransactionManager transactions;

	@Test
	void theServicesConnectionsPlanEachStatementOnce() {
		String mode = database.sql("select current_setting('plan_cache_mode') as mode")
			.map(row -> row.get("mode", String.class))
			.one()
			.block(Duration.ofSeconds(10));

		assertThat(mode).isEqualTo("force_generic_plan");
	}

	@Test
	void aClaimLooksUpTheJobACandidateWaitsForByItsKeyAndScansNoTable() {
		UUID bookingId = UUID.randomUUID();
		Instant now = clock.instant();
		// jobs done, written as done so that the service's own workers never see them
		database
			.sql("insert into integration_job (id, partner, action, booking_id, dedupe_key, payload, status, attempts, "
					+ "next_attempt_at, created_at, updated_at) select gen_random_uuid(), 'GOHIGHLEVEL', "
					+ "'UPSERT_CONTACT', :booking, 'plan-test:done:' || :booking || ':' || i, '{}'::jsonb, "
					+ "'SUCCEEDED', 1, :now, :now, :now from generate_series(1, :history) i")
			.bind("booking", bookingId)
			.bind("now", now)
			.bind("history", HISTORY)
			.fetch()
			.rowsUpdated()
			.block(Duration.ofSeconds(30));
		// jobs due years from now, as the reminders of bookings far ahead are, and one
		// waiting for a job done
		Instant later = now.plus(Duration.ofDays(3650));
		List<JobRequest> pending = IntStream.range(0, HISTORY)
			.mapToObj(i -> new JobRequest(JobAction.TAG_CONTACT, bookingId, "plan-test:later:" + bookingId + ":" + i,
					Optional.empty(), Map.of("tags", "x"), later))
			.toList();
		JobRequest waiting = new JobRequest(JobAction.TAG_CONTACT, bookingId, "plan-test:waiting:" + bookingId,
				Optional.of("plan-test:done:" + bookingId + ":1"), Map.of("tags", "x"), later);
		jobs.add(Stream.concat(pending.stream(), Stream.of(waiting)).toList(), now).block(Duration.ofSeconds(60));
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

		assertThat(plan).contains("integration_job_dedupe_key_key")
			.contains("integration_job_waiting")
			.doesNotContain("Seq Scan");
	}

}
