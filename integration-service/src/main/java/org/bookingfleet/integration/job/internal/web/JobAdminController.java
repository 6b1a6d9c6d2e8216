package org.bookingfleet.integration.job.internal.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.bookingfleet.integration.job.JobStatus;
import org.bookingfleet.integration.job.internal.store.Jobs;
import org.bookingfleet.platform.security.Caller;
import org.bookingfleet.platform.security.Callers;
import org.bookingfleet.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Admins see the jobs (dead ones first of all) and send a dead job back to work. */
@RestController
@RequestMapping("/api/v2/integrations/jobs")
class JobAdminController {

	private static final int MAX_LISTED = 500;

	private final Jobs jobs;

	private final Callers callers;

	private final TransactionalOperator transaction;

	private final Clock clock;

	JobAdminController(Jobs jobs, Callers callers, TransactionalOperator transaction, Clock clock) {
		this.jobs = jobs;
		this.callers = callers;
		this.transaction = transaction;
		this.clock = clock;
	}

	@GetMapping
	Mono<List<JobView>> list(@RequestParam Optional<String> status, @RequestParam Optional<String> bookingId,
			ServerWebExchange exchange) {
		return admin(exchange).then(Mono.defer(() -> jobs
			.list(status.map(JobAdminController::status), bookingId.map(id -> uuid("bookingId", id)), MAX_LISTED)
			.map(JobView::of)
			.collectList()));
	}

	@PostMapping("/{id}/retry")
	Mono<JobView> retry(@PathVariable String id, ServerWebExchange exchange) {
		UUID jobId = uuid("id", id);
		return admin(exchange).then(
				transaction
					.transactional(jobs.find(jobId)
						.switchIfEmpty(Mono.error(() -> ApiException.notFound("job")))
						.flatMap(job -> job.retried(clock.instant())
							.map(retried -> jobs.settle(retried, JobStatus.DEAD, job.attempts(), Optional.empty())
								.filter(settled -> settled)
								.map(settled -> JobView.of(retried)))
							.orElseGet(Mono::empty)
							.switchIfEmpty(Mono.error(() -> new ApiException(HttpStatus.CONFLICT,
									"INVALID_STATE_TRANSITION", "only a dead job can be retried", null,
									Map.of("status", job.status().name())))))));
	}

	private Mono<Caller> admin(ServerWebExchange exchange) {
		return callers.signedIn(exchange)
			.flatMap(
					caller -> caller.isAdmin() ? Mono.just(caller) : Mono.error(ApiException.forbidden("admins only")));
	}

	static JobStatus status(String value) {
		return Arrays.stream(JobStatus.values())
			.filter(s -> s.name().equalsIgnoreCase(value))
			.findFirst()
			.orElseThrow(() -> ApiException.validation("status", "one of " + Arrays.toString(JobStatus.values())));
	}

	static UUID uuid(String field, String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException notAUuid) {
			throw ApiException.validation(field, "not a UUID");
		}
	}

}
