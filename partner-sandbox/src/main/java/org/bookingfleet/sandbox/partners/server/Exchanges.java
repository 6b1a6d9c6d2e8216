package org.bookingfleet.sandbox.partners.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;

/** Reading a request body as JSON or a form, and answering JSON. */
final class Exchanges {

	static final Gson JSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting().create();

	private Exchanges() {
	}

	static String body(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/**
	 * A body that is not a JSON object reads as an empty object; the partner calls never
	 * depend on one.
	 */
	static JsonObject jsonBody(HttpExchange exchange) throws IOException {
		String body = body(exchange);
		if (body.isBlank()) {
			return new JsonObject();
		}
		JsonElement parsed = JsonParser.parseString(body);
		return parsed.isJsonObject() ? parsed.getAsJsonObject() : new JsonObject();
	}

	static Map<String, String> formBody(HttpExchange exchange) throws IOException {
		return pairs(body(exchange));
	}

	/** The request's query parameters, decoded. */
	static Map<String, String> query(HttpExchange exchange) {
		String query = exchange.getRequestURI().getRawQuery();
		return pairs(query == null ? "" : query);
	}

	private static Map<String, String> pairs(String encoded) {
		Map<String, String> form = new LinkedHashMap<>();
		for (String pair : encoded.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = equals < 0 ? pair : pair.substring(0, equals);
			String value = equals < 0 ? "" : pair.substring(equals + 1);
			form.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
		}
		return form;
	}

	static void answer(HttpExchange exchange, int status, Object body) throws IOException {
		byte[] bytes = JSON.toJson(body).getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	static void bytes(HttpExchange exchange, int status, String contentType, byte[] bytes) throws IOException {
		exchange.getResponseHeaders().add("Content-Type", contentType);
		exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	static void error(HttpExchange exchange, int status, String message) throws IOException {
		JsonObject error = new JsonObject();
		error.addProperty("code", status);
		error.addProperty("message", message);
		JsonObject envelope = new JsonObject();
		envelope.add("error", error);
		answer(exchange, status, envelope);
	}

	static void empty(HttpExchange exchange, int status) throws IOException {
		exchange.sendResponseHeaders(status, -1);
	}

}
