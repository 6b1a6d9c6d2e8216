package org.bookingfleet.integration.job.internal.partner;

import java.util.List;
import java.util.Optional;

import reactor.core.publisher.Mono;

/**
 * What a job did at its partner, to be recorded in the transaction that marks the job
 * done: a result for the jobs that run after it, the events that announce it, and rows of
 * this service that remember it.
 */
sealed interface JobOutcome {

	record Done(Optional<String> result, List<Object> events, List<Mono<Void>> records) implements JobOutcome {

		static Done nothing() {
			return new Done(Optional.empty(), List.of(), List.of());
		}

		static Done result(String result) {
			return new Done(Optional.of(result), List.of(), List.of());
		}
	}

	/**
	 * The effect is no longer wanted; the job ends without calling the partner, and so do
	 * the jobs that would have followed it.
	 */
	record Withdrawn(String reason) implements JobOutcome {
	}

}
