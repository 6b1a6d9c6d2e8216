package org.bookingfleet.fleettests.api;

import java.net.http.HttpHeaders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/** One answer of the gateway: status, headers, and the body as JSON when it is JSON. */
public record Answer(String request, int status, HttpHeaders headers, String text) {

	public JsonNode json() {
		try {
			return Json.MAPPER.readTree(text);
		}
		catch (RuntimeException notJson) {
			return MissingNode.getInstance();
		}
	}

	/**
	 * The {@code code} of the fleet's error envelope, or null when the body is not one.
	 */
	public String errorCode() {
		JsonNode code = json().path("error").path("code");
		return code.isString() ? code.asString() : null;
	}

	public String field(String name) {
		JsonNode value = json().path(name);
		return value.isMissingNode() || value.isNull() ? null : value.asString();
	}

	@Override
	public String toString() {
		return request + " -> " + status + " " + (text.length() > 600 ? text.substring(0, 600) + "…" : text);
	}
}
