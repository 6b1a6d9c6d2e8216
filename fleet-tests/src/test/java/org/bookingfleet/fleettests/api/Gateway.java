package org.bookingfleet.fleettests.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The fleet's public door: every request of the tests goes through it, as a customer's
 * would.
 */
public final class Gateway {

	public static final URI BASE = URI.create("http://localhost:8080");

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private Gateway() {
	}

	public static Answer get(String path, Caller caller) {
		return send("GET", path, caller, null, Map.of());
	}

	public static Answer delete(String path, Caller caller) {
		return send("DELETE", path, caller, null, Map.of());
	}

	public static Answer post(String path, Caller caller, Object body) {
		return send("POST", path, caller, bytes(body), Map.of("Content-Type", "application/json"));
	}

	public static Answer put(String path, Caller caller, Object body) {
		return send("PUT", path, caller, bytes(body), Map.of("Content-Type", "application/json"));
	}

	public static Answer post(String path, Caller caller, Object body, Map<String, String> headers) {
		java.util.Map<String, String> all = new java.util.HashMap<>(headers);
		all.putIfAbsent("Content-Type", "application/json");
		return send("POST", path, caller, bytes(body), all);
	}

	public static Answer send(String method, String path, Caller caller, byte[] body, Map<String, String> headers) {
		return send(BASE.resolve(path), method, caller, body, headers);
	}

	public static Answer send(URI uri, String method, Caller caller, byte[] body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(30))
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		caller.headers().forEach(request::header);
		headers.forEach(request::header);
		try {
			HttpResponse<String> response = CLIENT.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			String target = uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
			return new Answer(method + " " + target, response.statusCode(), response.headers(), response.body());
		}
		catch (IOException e) {
			throw new IllegalStateException(method + " " + uri + " failed: " + e, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		}
	}

	private static byte[] bytes(Object body) {
		if (body instanceof byte[] raw) {
			return raw;
		}
		String text = body instanceof String s ? s : Json.write(body);
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
