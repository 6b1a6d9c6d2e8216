package org.bookingfleet.fleettests.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The integration service's jobs of one booking, as an admin sees them. */
public final class IntegrationJobs {

	private IntegrationJobs() {
	}

	/**
	 * Asserts the booking has jobs and every one is done, or waits for a time more than
	 * ten minutes away (a reminder); a job retrying soon, running or dead is unfinished.
	 */
	public static void assertAllDone(String bookingId) {
		Answer jobs = Gateway.get("/api/v2/integrations/jobs?bookingId=" + bookingId, Tokens.admin());
		assertThat(jobs.status()).as(jobs.toString()).isEqualTo(200);
		Instant later = Instant.now().plus(10, ChronoUnit.MINUTES);
		List<String> unfinished = jobs.json()
			.valueStream()
			.filter(job -> !job.path("status").asString().equals("SUCCEEDED"))
			.filter(job -> !(job.path("status").asString().equals("PENDING")
					&& Instant.parse(job.path("nextAttemptAt").asString()).isAfter(later)))
			.map(job -> job.path("action").asString() + " " + job.path("status").asString() + " after "
					+ job.path("attempts").asInt() + " attempts: " + job.path("lastError").asString())
			.toList();
		assertThat(jobs.json().size()).as("jobs of booking %s", bookingId).isPositive();
		assertThat(unfinished).as("unfinished jobs of booking %s", bookingId).isEmpty();
	}

}
