package org.bookingfleet.demo;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API of the local fleet's services, called on their own ports with a bearer
 * token.
 */
final class FleetApi {

	record Answer(int status, String body) {

		JsonNode json() {
			return JSON.readTree(body.isEmpty() ? "null" : body);
		}

		boolean ok() {
			return status / 100 == 2;
		}

		@Override
		public String toString() {
			return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
		}
	}

	static final JsonMapper JSON = new JsonMapper();

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	/**
	 * Where the services answer; only this machine's, so the demo can never reach a fleet
	 * elsewhere.
	 */
	static URI local(String url) {
		URI uri = URI.create(url);
		try {
			if (uri.getHost() == null || !InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
				throw new IllegalArgumentException("the demo is seeded into the local fleet only, not " + url);
			}
		}
		catch (UnknownHostException e) {
			throw new IllegalArgumentException("unknown host in " + url, e);
		}
		return uri;
	}

	Answer get(URI base, String path, String token) {
		return send(base, "GET", path, token, null);
	}

	Answer put(URI base, String path, String token, JsonNode body) {
		return send(base, "PUT", path, token, body);
	}

	Answer post(URI base, String path, String token, JsonNode body) {
		return send(base, "POST", path, token, body);
	}

	/** The answer; status 0 when nothing answered (the service is not up yet). */
	private Answer send(URI base, String method, String path, String token, JsonNode body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
			.timeout(Duration.ofSeconds(20))
			.header("Accept", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			HttpResponse<String> response = client.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Answer(response.statusCode(), response.body());
		}
		catch (IOException unreachable) {
			return new Answer(0, String.valueOf(unreachable.getMessage()));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		}
	}

}
