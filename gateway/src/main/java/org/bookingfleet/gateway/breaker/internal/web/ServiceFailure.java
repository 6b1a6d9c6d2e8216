package org.bookingfleet.gateway.breaker.internal.web;

import org.springframework.http.HttpStatusCode;

/**
 * A service answered with a 5xx status: the one answer its circuit breaker counts as the
 * service's failure (with a refused connection, see {@code record-exceptions}). It never
 * reaches the client; the service's answer does.
 */
final class ServiceFailure extends RuntimeException {

	ServiceFailure(String service, HttpStatusCode status) {
		super(service + " answered " + status.value(), null, false, false);
	}

}
