package org.bookingfleet.platform.consumer;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Tells an outage of our own infrastructure (the database is away: wait and try again,
 * however long) from a failure of the event or its handler (bounded retries, then the
 * dead-letter topic).
 */
public final class FailureKind {

	private FailureKind() {
	}

	public static boolean isInfrastructure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof R2dbcTransientException || cause instanceof R2dbcNonTransientResourceException
					|| cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessException || cause instanceof IOException
					|| cause instanceof TimeoutException) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
