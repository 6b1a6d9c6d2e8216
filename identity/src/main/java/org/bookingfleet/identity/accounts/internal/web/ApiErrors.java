package org.bookingfleet.identity.accounts.internal.web;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bookingfleet.identity.accounts.internal.store.Invitations;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every refusal of the admin API in the fleet's error envelope: bad input (400), no or a
 * bad token (401), not an admin (403), an unknown account (404), a conflict (409).
 */
@RestControllerAdvice(assignableTypes = AccountsApi.class)
class ApiErrors {

	private final JsonMapper json;

	ApiErrors(JsonMapper json) {
		this.json = json;
	}

	@ExceptionHandler(ApiError.class)
	ResponseEntity<ApiError.Envelope> refused(ApiError error, HttpServletRequest request) {
		return ResponseEntity.status(error.status()).body(error.envelope(request));
	}

	@ExceptionHandler(Invitations.Conflict.class)
	ResponseEntity<ApiError.Envelope> conflict(Invitations.Conflict conflict, HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(ApiError.envelope(request, "ACCOUNT_EXISTS", conflict.getMessage(), conflict.field(), Map.of()));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ApiError.Envelope> unreadable(HttpMessageNotReadableException failure, HttpServletRequest request) {
		if (failure.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			String field = databind.getPath()
				.stream()
				.map(reference -> (reference.getPropertyName() != null) ? reference.getPropertyName()
						: String.valueOf(reference.getIndex()))
				.collect(Collectors.joining("."));
			return ResponseEntity.badRequest()
				.body(ApiError.envelope(request, "VALIDATION_FAILED", field + " has the wrong type or form", field,
						Map.of()));
		}
		return ResponseEntity.badRequest()
			.body(ApiError.envelope(request, "MALFORMED_REQUEST", "the body is not valid JSON", null, Map.of()));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ApiError.Envelope> mismatch(MethodArgumentTypeMismatchException failure,
			HttpServletRequest request) {
		return ResponseEntity.badRequest()
			.body(ApiError.envelope(request, "VALIDATION_FAILED", failure.getName() + " has the wrong type or form",
					failure.getName(), Map.of()));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ApiError.Envelope> mediaType(HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.body(ApiError.envelope(request, "UNSUPPORTED_MEDIA_TYPE", "send application/json", null, Map.of()));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ApiError.Envelope> method(HttpRequestMethodNotSupportedException failure,
			HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
			.body(ApiError.envelope(request, "MALFORMED_REQUEST", failure.getMessage(), null, Map.of()));
	}

	AuthenticationEntryPoint unauthenticated() {
		return (request, response, failure) -> write(request, response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
				"sign in as an admin");
	}

	AccessDeniedHandler forbidden() {
		return (request, response, denied) -> write(request, response, HttpStatus.FORBIDDEN, "FORBIDDEN",
				"only an admin manages accounts");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
			String message) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Bearer");
		}
		this.json.writeValue(response.getOutputStream(), ApiError.envelope(request, code, message, null, Map.of()));
	}

}
