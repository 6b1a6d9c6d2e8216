package org.bookingfleet.sandbox.stripe.api;

import com.google.gson.JsonObject;

/**
 * An error in Stripe's shape:
 * {@code {"error":{"type","code","decline_code","message","param"}}} and its status.
 */
public record StripeError(int httpStatus, String type, String code, String declineCode, String message, String param) {

	public static StripeError invalidRequest(String code, String message, String param) {
		return new StripeError(400, "invalid_request_error", code, null, message, param);
	}

	public static StripeError notFound(String kind, String id) {
		return new StripeError(404, "invalid_request_error", "resource_missing", null,
				"No such " + kind + ": '" + id + "'", "id");
	}

	public JsonObject body() {
		JsonObject error = new JsonObject();
		error.addProperty("type", type);
		if (code != null) {
			error.addProperty("code", code);
			error.addProperty("doc_url", "https://stripe.com/docs/error-codes/" + code.replace('_', '-'));
		}
		if (declineCode != null) {
			error.addProperty("decline_code", declineCode);
		}
		error.addProperty("message", message);
		if (param != null) {
			error.addProperty("param", param);
		}
		JsonObject body = new JsonObject();
		body.add("error", error);
		return body;
	}

}
