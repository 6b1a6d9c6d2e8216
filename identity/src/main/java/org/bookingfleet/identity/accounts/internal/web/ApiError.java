package org.bookingfleet.identity.accounts.internal.web;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;

/**
 * The fleet's one error shape, {@code {"error":{code, message, field, requestId,
 * timestamp, details}}} (API.md), as the admin API of the identity provider answers it;
 * thrown by the API to refuse a request.
 */
class ApiError extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	private final String field;

	private final Map<String, Object> details;

	ApiError(HttpStatus status, String code, String message, String field, Map<String, Object> details) {
		super(message);
		this.status = status;
		this.code = code;
		this.field = field;
		this.details = details;
	}

	static ApiError validation(Map<String, String> problems) {
		Map.Entry<String, String> first = problems.entrySet().iterator().next();
		return new ApiError(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", first.getKey() + " " + first.getValue(),
				first.getKey(), Map.of("fields", problems));
	}

	static ApiError notFound(String message) {
		return new ApiError(HttpStatus.NOT_FOUND, "NOT_FOUND", message, null, Map.of());
	}

	HttpStatus status() {
		return this.status;
	}

	Envelope envelope(HttpServletRequest request) {
		return envelope(request, this.code, getMessage(), this.field, this.details);
	}

	static Envelope envelope(HttpServletRequest request, String code, String message, String field,
			Map<String, Object> details) {
		String requestId = request.getHeader("X-Request-Id");
		if (requestId == null || requestId.isBlank() || requestId.length() > 100) {
			requestId = UUID.randomUUID().toString();
		}
		return new Envelope(new Body(code, message, field, requestId, Instant.now(), details));
	}

	record Envelope(Body error) {
	}

	record Body(String code, String message, String field, String requestId, Instant timestamp,
			Map<String, Object> details) {
	}

}
