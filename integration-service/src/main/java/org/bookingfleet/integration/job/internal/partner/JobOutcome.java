package org.bookingfleet.integration.job.internal.partner;

import java.util.List;
import java.util.Optional;

import org.bookingfleet.integration.job.internal.store.SentMessage;
import reactor.core.publisher.Mono;

/**
 * What a job did at its partner, to be recorded with the mark of the job done: a result
 * for the jobs that run after it, the message it sent, the events that announce it, and
 * other rows of this service that remember it.
 */
sealed interface JobOutcome {

	record Done(Optional<String> result, Optional<SentMessage> message, List<Object> events,
			List<Mono<Void>> records) implements JobOutcome {

		static Done nothing() {
			return result(Optional.empty(), List.of(), List.of());
		}

		static Done result(String result) {
			return result(Optional.of(result), List.of(), List.of());
		}

		static Done result(Optional<String> result, List<Object> events, List<Mono<Void>> records) {
			return new Done(result, Optional.empty(), events, records);
		}

		/** A message sent: the partner's reference is the job's result. */
		static Done sent(SentMessage message, List<Object> events) {
			return new Done(Optional.ofNullable(message.reference()), Optional.of(message), events, List.of());
		}
	}

	/**
	 * The effect is no longer wanted; the job ends without calling the partner, and so do
	 * the jobs that would have followed it.
	 */
	record Withdrawn(String reason) implements JobOutcome {
	}

}
