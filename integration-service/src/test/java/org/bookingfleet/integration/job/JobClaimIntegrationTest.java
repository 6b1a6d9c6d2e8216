package org.bookingfleet.integration.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import org.bookingfleet.integration.SampleBookings;
import org.bookingfleet.integration.WithPartners;
import org.bookingfleet.integration.booking.BookingSnapshot;
import org.bookingfleet.integration.booking.BookingStatus;
import org.bookingfleet.integration.job.internal.store.BookingSnapshots;
import org.bookingfleet.integration.job.internal.store.ClaimedJob;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class JobClaimIntegrationTest extends WithPartners {

	private static final int JOBS = 400;

	private static final int INSTANCES = 8;

	@Autowired
	BookingSnapshots snapshots;

	/** One instance's worker: claims rounds of ten until a round comes back empty. */
	private Flux<UUID> claimUntilNoneLeft(UUID bookingId) {
		return jobs.claim(Partner.MESSAGING, clock.instant(), Duration.ofMinutes(5), 10)
			.collectList()
			.expand(round -> round.isEmpty() ? Mono.empty()
					: jobs.claim(Partner.MESSAGING, clock.instant(), Duration.ofMinutes(5), 10).collectList())
			.flatMapIterable(round -> round)
			.map(ClaimedJob::job)
			.filter(job -> job.bookingId().equals(bookingId))
			.map(IntegrationJob::id);
	}

	/** A RON acknowledgment under this id, its snapshot saved as confirmed. */
	private BookingSnapshot savedConfirmed(UUID bookingId, Instant start) {
		BookingSnapshot sample = SampleBookings.ronAcknowledgment(start);
		BookingSnapshot booking = new BookingSnapshot(bookingId, sample.version(), sample.serviceName(),
				sample.serviceType(), sample.providerName(), sample.providerEmail(), sample.providerCalendarId(),
				sample.providerZone(), sample.start(), sample.end(), sample.address(), sample.customer(),
				sample.attendees(), sample.price());
		snapshots.save(booking, BookingStatus.CONFIRMED, clock.instant()).block(Duration.ofSeconds(10));
		return booking;
	}

	@Test
	void instancesClaimingAtTheSameTimeNeverTakeTheSameJob() {
		UUID bookingId = UUID.randomUUID();
		List<JobRequest> requests = IntStream.range(0, JOBS)
			.mapToObj(i -> new JobRequest(JobAction.SEND_SMS, bookingId, "claim-test:" + bookingId + ":" + i,
					Optional.empty(), Map.of("message", "CONFIRMATION"), clock.instant()))
			.toList();
		jobs.add(requests, clock.instant()).block(Duration.ofSeconds(60));

		List<UUID> claimed = Flux.range(0, INSTANCES)
			.flatMap(instance -> claimUntilNoneLeft(bookingId), INSTANCES)
			.collectList()
			.block(Duration.ofSeconds(120));

		assertThat(claimed).doesNotHaveDuplicates();
		// The service's own workers claim alongside; whoever took a job, it was taken
		// exactly once.
		assertThat(jobsOf(bookingId)).hasSize(JOBS).allSatisfy(job -> assertThat(job.attempts()).isEqualTo(1));
	}

	@Test
	void jobWaitsUntilTheJobItRunsAfterHasSucceeded() {
		UUID bookingId = UUID.randomUUID();
		JobRequest contact = new JobRequest(JobAction.UPSERT_CONTACT, bookingId, "claim-test:contact:" + bookingId,
				Optional.empty(), Map.of(), clock.instant().plus(Duration.ofDays(3650)));
		JobRequest tag = new JobRequest(JobAction.TAG_CONTACT, bookingId, "claim-test:tag:" + bookingId,
				Optional.of(contact.dedupeKey()), Map.of("tags", "x"), clock.instant());
		jobs.add(List.of(contact, tag), clock.instant()).block(Duration.ofSeconds(10));

		List<IntegrationJob> claimed = jobs.claim(Partner.GOHIGHLEVEL, clock.instant(), Duration.ofMinutes(1), 100)
			.map(ClaimedJob::job)
			.collectList()
			.block(Duration.ofSeconds(10));

		assertThat(claimed).noneMatch(job -> job.bookingId().equals(bookingId));
		assertThat(jobsOf(bookingId)).allSatisfy(job -> assertThat(job.attempts()).isZero());
	}

	@Test
	void theClaimBringsTheJobsBookingAndTheResultOfTheJobItRunsAfter() {
		UUID bookingId = UUID.randomUUID();
		BookingSnapshot booking = savedConfirmed(bookingId, Instant.parse("2030-03-04T15:00:00Z"));
		JobRequest contact = new JobRequest(JobAction.UPSERT_CONTACT, bookingId, "claim-test:contact:" + bookingId,
				Optional.empty(), Map.of(), clock.instant().plus(Duration.ofDays(3650)));
		// due in an hour: the service's own workers, claiming now, leave it to this claim
		// an hour and a half on
		JobRequest tag = new JobRequest(JobAction.TAG_CONTACT, bookingId, "claim-test:tag:" + bookingId,
				Optional.of(contact.dedupeKey()), Map.of("tags", "x"), clock.instant().plus(Duration.ofHours(1)));
		jobs.add(List.of(contact, tag), clock.instant()).block(Duration.ofSeconds(10));
		database.sql("update integration_job set status = 'SUCCEEDED', result = :result where dedupe_key = :key")
			.bind("result", "contact-of-" + bookingId)
			.bind("key", contact.dedupeKey())
			.fetch()
			.rowsUpdated()
			.block(Duration.ofSeconds(10));

		ClaimedJob claimed = jobs
			.claim(Partner.GOHIGHLEVEL, clock.instant().plus(Duration.ofMinutes(90)), Duration.ofMinutes(1), 100)
			.filter(job -> job.job().dedupeKey().equals(tag.dedupeKey()))
			.blockFirst(Duration.ofSeconds(10));

		assertThat(claimed.afterResult()).contains("contact-of-" + bookingId);
		assertThat(claimed.booking()).hasValueSatisfying(stored -> {
			assertThat(stored.status()).isEqualTo(BookingStatus.CONFIRMED);
			assertThat(stored.snapshot()).isEqualTo(booking);
		});
	}

	@Test
	void theJobsOfABookingClaimedAtOnceShareTheSnapshotItsSaveParsed() {
		UUID bookingId = UUID.randomUUID();
		BookingSnapshot booking = savedConfirmed(bookingId, Instant.parse("2030-03-05T15:00:00Z"));
		// due in an hour: the service's own workers, claiming now, leave them to these
		// claims, which take all that is due then (other tests' jobs too)
		Instant due = clock.instant().plus(Duration.ofHours(1));
		List<Partner> partners = List.of(Partner.GOHIGHLEVEL, Partner.GOOGLE_CALENDAR, Partner.MESSAGING,
				Partner.EMAIL);
		List<JobRequest> requests = List.of(
				new JobRequest(JobAction.UPSERT_CONTACT, bookingId, "claim-test:contact:" + bookingId, Optional.empty(),
						Map.of(), due),
				new JobRequest(JobAction.INSERT_CALENDAR_EVENT, bookingId, "claim-test:calendar:" + bookingId,
						Optional.empty(), Map.of(), due),
				new JobRequest(JobAction.SEND_SMS, bookingId, "claim-test:sms:" + bookingId, Optional.empty(),
						Map.of("message", "CONFIRMATION"), due),
				new JobRequest(JobAction.SEND_EMAIL, bookingId, "claim-test:email:" + bookingId, Optional.empty(),
						Map.of("message", "CONFIRMATION"), due));
		jobs.add(requests, clock.instant()).block(Duration.ofSeconds(10));
		Instant later = due.plus(Duration.ofMinutes(30));

		List<ClaimedJob> claimed = Flux.fromIterable(partners)
			.flatMap(partner -> jobs.claim(partner, later, Duration.ofMinutes(1), 10_000), partners.size())
			.filter(job -> job.job().bookingId().equals(bookingId))
			.collectList()
			.block(Duration.ofSeconds(10));

		assertThat(claimed).hasSize(requests.size());
		BookingSnapshot first = claimed.get(0).booking().orElseThrow().snapshot();
		assertThat(first).isEqualTo(booking);
		assertThat(claimed).allSatisfy(job -> assertThat(job.booking().orElseThrow().snapshot()).isSameAs(first));
	}

	@Test
	void theClaimSaysWhetherJobsWaitForTheClaimedOne() {
		UUID bookingId = UUID.randomUUID();
		Instant later = clock.instant().plus(Duration.ofHours(2));
		// due in an hour: the service's own workers, claiming now, leave them to this
		// claim
		JobRequest contact = new JobRequest(JobAction.UPSERT_CONTACT, bookingId, "claim-test:contact:" + bookingId,
				Optional.empty(), Map.of(), clock.instant().plus(Duration.ofHours(1)));
		JobRequest tag = new JobRequest(JobAction.TAG_CONTACT, bookingId, "claim-test:tag:" + bookingId,
				Optional.of(contact.dedupeKey()), Map.of("tags", "x"), clock.instant().plus(Duration.ofHours(1)));
		JobRequest calendar = new JobRequest(JobAction.INSERT_CALENDAR_EVENT, bookingId,
				"claim-test:calendar:" + bookingId, Optional.empty(), Map.of(),
				clock.instant().plus(Duration.ofHours(1)));
		jobs.add(List.of(contact, tag, calendar), clock.instant()).block(Duration.ofSeconds(10));

		ClaimedJob claimedContact = jobs.claim(Partner.GOHIGHLEVEL, later, Duration.ofMinutes(1), 100)
			.filter(job -> job.job().bookingId().equals(bookingId))
			.blockFirst(Duration.ofSeconds(10));
		ClaimedJob claimedCalendar = jobs.claim(Partner.GOOGLE_CALENDAR, later, Duration.ofMinutes(1), 100)
			.filter(job -> job.job().bookingId().equals(bookingId))
			.blockFirst(Duration.ofSeconds(10));

		assertThat(claimedContact.job().dedupeKey()).isEqualTo(contact.dedupeKey());
		assertThat(claimedContact.awaited()).as("the tag waits for the contact").isTrue();
		assertThat(claimedCalendar.job().dedupeKey()).isEqualTo(calendar.dedupeKey());
		assertThat(claimedCalendar.awaited()).as("nothing waits for this calendar event").isFalse();
	}

}
