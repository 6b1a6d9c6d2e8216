package org.bookingfleet.integration.job.internal.partner;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.bookingfleet.integration.job.AttemptFailure;
import org.bookingfleet.integration.job.RetryAfter;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/** Reads what went wrong in a partner call as the retry schedule needs it. */
public final class PartnerFailures {

	private PartnerFailures() {
	}

	/**
	 * True when the call never left this service: the partner's bulkhead was full or its
	 * circuit open.
	 */
	public static boolean heldBack(Throwable failure) {
		return failure instanceof BulkheadFullException || failure instanceof CallNotPermittedException;
	}

	public static AttemptFailure classify(Throwable failure, Instant now) {
		if (failure instanceof WebClientResponseException response) {
			return AttemptFailure.ofHttpStatus(response.getStatusCode().value(), response.getStatusText(),
					RetryAfter.parse(response.getHeaders().getFirst("Retry-After"), now));
		}
		if (failure instanceof CallNotPermittedException) {
			return AttemptFailure.transientFailure("circuit open: " + failure.getMessage());
		}
		if (failure instanceof BulkheadFullException) {
			return AttemptFailure.transientFailure("too many calls in flight: " + failure.getMessage());
		}
		if (failure instanceof TimeoutException) {
			return AttemptFailure.transientFailure("timed out: " + failure.getMessage());
		}
		if (failure instanceof MailAuthenticationException || failure instanceof MailParseException
				|| failure instanceof MailPreparationException || failure instanceof IllegalArgumentException) {
			return AttemptFailure.permanent(failure.getClass().getSimpleName() + ": " + failure.getMessage());
		}
		return new AttemptFailure(AttemptFailure.Kind.TRANSIENT,
				failure.getClass().getSimpleName() + ": " + failure.getMessage(), Optional.empty());
	}

}
