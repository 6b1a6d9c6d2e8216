package org.bookingfleet.platform.web;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A failure a client can act on: it leaves a service as the error envelope with this
 * status and code. Domain failures are turned into one of these at the edge of a service.
 */
public class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	private final String field;

	private final Map<String, Object> details;

	public ApiException(HttpStatus status, String code, String message) {
		this(status, code, message, null, Map.of());
	}

	public ApiException(HttpStatus status, String code, String message, String field, Map<String, Object> details) {
		super(message);
		this.status = status;
		this.code = code;
		this.field = field;
		this.details = (details != null) ? details : Map.of();
	}

	public static ApiException validation(String field, String message) {
		return new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", message, field, Map.of());
	}

	public static ApiException notFound(String what) {
		return new ApiException(HttpStatus.NOT_FOUND, "NOT_FOUND", what + " not found");
	}

	public static ApiException forbidden(String message) {
		return new ApiException(HttpStatus.FORBIDDEN, "FORBIDDEN", message);
	}

	public static ApiException unauthenticated(String message) {
		return new ApiException(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", message);
	}

	public HttpStatus status() {
		return this.status;
	}

	public String code() {
		return this.code;
	}

	public String field() {
		return this.field;
	}

	public Map<String, Object> details() {
		return this.details;
	}

}
