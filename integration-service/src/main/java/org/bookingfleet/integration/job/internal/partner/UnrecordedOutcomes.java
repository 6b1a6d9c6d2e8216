package org.bookingfleet.integration.job.internal.partner;

import io.r2dbc.spi.R2dbcDataIntegrityViolationException;
import org.bookingfleet.integration.job.AttemptFailure;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Reads why the outcome of a job could not be written. A constraint the rows break (a
 * unique key taken) breaks them again on the next try, so it is permanent; anything else
 * (a lost connection, a timeout) is worth another try.
 */
final class UnrecordedOutcomes {

	private UnrecordedOutcomes() {
	}

	static AttemptFailure classify(Throwable failure) {
		String message = "could not record the outcome: " + failure.getClass().getSimpleName() + ": "
				+ failure.getMessage();
		if (failure instanceof DataIntegrityViolationException
				|| failure instanceof R2dbcDataIntegrityViolationException) {
			return AttemptFailure.permanent(message);
		}
		return AttemptFailure.transientFailure(message);
	}

}
