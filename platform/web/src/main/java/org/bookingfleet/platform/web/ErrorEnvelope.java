package org.bookingfleet.platform.web;

import java.time.Instant;
import java.util.Map;

/**
 * The one shape of every error of the fleet: {@code {"error":{code, message, field,
 * requestId, timestamp, details}}}.
 */
public record ErrorEnvelope(Body error) {

	public static ErrorEnvelope of(String code, String message, String field, String requestId, Instant timestamp,
			Map<String, Object> details) {
		return new ErrorEnvelope(new Body(code, message, field, requestId, timestamp, details));
	}

	public record Body(String code, String message, String field, String requestId, Instant timestamp,
			Map<String, Object> details) {
	}

}
