package org.bookingfleet.platform.web;

import java.lang.reflect.Modifier;
import java.util.Map;

import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.resource.NoResourceFoundException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns whatever went wrong into the client's view of it. Anything unforeseen is a 500
 * without its story.
 */
public final class ErrorTranslation {

	/**
	 * PostgreSQL's SQLSTATE for a character it cannot store in text: U+0000, which got
	 * past the request checks.
	 */
	static final String NUL_IN_TEXT = "22021";

	/**
	 * SQLSTATEs of a value the database cannot take as sent, which got past the request
	 * checks: text too long for its column (22001) or its index (54000), a number out of
	 * range (22003), text that is not of its type (22P02), a character a {@code jsonb}
	 * cannot hold (22P05), a date or time out of range (22007, 22008). They are the
	 * sender's error, answered 400 like any other, never a 500 a partner would retry for
	 * days.
	 */
	static final java.util.Set<String> VALUE_REFUSED = java.util.Set.of("22001", "54000", "22003", "22P02", "22P05",
			"22007", "22008");

	/** How the JSON reader starts its message about a key written twice in one object. */
	private static final String DUPLICATE_KEY = "Duplicate Object property \"";

	private ErrorTranslation() {
	}

	public static ApiException translate(Throwable failure) {
		if (failure instanceof ApiException api) {
			return api;
		}
		ApiException wrapped = find(failure, ApiException.class);
		if (wrapped != null) {
			return wrapped;
		}
		String state = sqlState(failure);
		if (NUL_IN_TEXT.equals(state)) {
			return ApiException.validation(null, "text must not contain the NUL character (U+0000)");
		}
		if (state != null && VALUE_REFUSED.contains(state)) {
			return ApiException.validation(null, "a value is too long, out of range or not of its kind");
		}
		DataBufferLimitException tooLarge = find(failure, DataBufferLimitException.class);
		if (tooLarge != null) {
			return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE", "the body is too large");
		}
		if (failure instanceof UnsupportedMediaTypeStatusException unsupported) {
			return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
					"content type " + unsupported.getContentType() + " is not supported; send application/json");
		}
		if (failure instanceof WebExchangeBindException bind && bind.getFieldError() != null) {
			return ApiException.validation(bind.getFieldError().getField(), bind.getFieldError().getDefaultMessage());
		}
		if (failure instanceof ServerWebInputException || failure instanceof DecodingException) {
			return inputProblem(failure);
		}
		if (failure instanceof MethodNotAllowedException) {
			return new ApiException(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "method not allowed here");
		}
		if (failure instanceof NotAcceptableStatusException) {
			return new ApiException(HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE", "cannot answer in the accepted type");
		}
		if (failure instanceof NoResourceFoundException) {
			// its message names the path and the full request URL, host included
			return new ApiException(HttpStatus.NOT_FOUND, "NOT_FOUND", "nothing is found at this path");
		}
		if (failure instanceof ResponseStatusException status) {
			return fromStatus(status.getStatusCode(), status.getReason());
		}
		return new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
				"something went wrong on our side; quote the request id when you report it");
	}

	private static ApiException inputProblem(Throwable failure) {
		String duplicate = duplicateKey(failure);
		if (duplicate != null) {
			return ApiException.validation(duplicate, "is given more than once");
		}
		MismatchedInputException mismatch = find(failure, MismatchedInputException.class);
		if (mismatch != null && !mismatch.getPath().isEmpty()) {
			return ApiException.validation(path(mismatch), "has the wrong type or form");
		}
		DatabindException databind = find(failure, DatabindException.class);
		if (databind != null && !databind.getPath().isEmpty()) {
			return ApiException.validation(path(databind), "is not valid");
		}
		if (find(failure, JacksonException.class) != null || find(failure, DecodingException.class) != null) {
			return new ApiException(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "the body is not valid JSON");
		}
		if (failure instanceof ServerWebInputException input && input.getMethodParameter() != null) {
			String name = input.getMethodParameter().getParameterName();
			return new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", input.getReason(), name, Map.of());
		}
		return new ApiException(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST",
				(failure instanceof ResponseStatusException rse && rse.getReason() != null) ? rse.getReason()
						: "the request could not be read");
	}

	/**
	 * The key a strict JSON reader found twice in one object ({@link StrictJson}), or
	 * null.
	 */
	static String duplicateKey(Throwable failure) {
		StreamReadException read = find(failure, StreamReadException.class);
		String message = (read != null) ? read.getOriginalMessage() : null;
		if (message == null || !message.startsWith(DUPLICATE_KEY)) {
			return null;
		}
		int end = message.lastIndexOf('"');
		return (end > DUPLICATE_KEY.length()) ? message.substring(DUPLICATE_KEY.length(), end) : "body";
	}

	private static ApiException fromStatus(HttpStatusCode code, String reason) {
		HttpStatus status = HttpStatus.resolve(code.value());
		if (status == null) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		String errorCode = switch (status) {
			case NOT_FOUND -> "NOT_FOUND";
			case UNAUTHORIZED -> "UNAUTHENTICATED";
			case FORBIDDEN -> "FORBIDDEN";
			case PAYLOAD_TOO_LARGE -> "PAYLOAD_TOO_LARGE";
			case UNSUPPORTED_MEDIA_TYPE -> "UNSUPPORTED_MEDIA_TYPE";
			case TOO_MANY_REQUESTS -> "RATE_LIMITED";
			case SERVICE_UNAVAILABLE -> "SERVICE_UNAVAILABLE";
			default -> status.is4xxClientError() ? "BAD_REQUEST" : "INTERNAL_ERROR";
		};
		String message = (reason != null && status.is4xxClientError()) ? reason : status.getReasonPhrase();
		return new ApiException(status, errorCode, message);
	}

	private static String path(DatabindException ex) {
		StringBuilder path = new StringBuilder();
		for (var reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/**
	 * The SQLSTATE a database driver reported, read by name ({@code getSqlState()}, as
	 * R2DBC spells it) so the edge needs no driver; null when no cause has one.
	 */
	static String sqlState(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
				if (Modifier.isPublic(type.getModifiers())) {
					try {
						Object state = type.getMethod("getSqlState").invoke(cause);
						if (state instanceof String text) {
							return text;
						}
					}
					catch (ReflectiveOperationException | RuntimeException notADatabaseFailure) {
						// keep looking down the causes
					}
					break;
				}
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

	private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

}
