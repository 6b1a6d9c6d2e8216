package org.bookingfleet.availability;

import java.time.Instant;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** Calls the running service over HTTP and keeps status and JSON body of each answer. */
public record IntegrationClient(WebClient web) {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	public record Answer(int status, Map<String, Object> body) {

		@SuppressWarnings("unchecked")
		public Map<String, Object> error() {
			return (Map<String, Object>) body.get("error");
		}
	}

	public static IntegrationClient on(int port) {
		return new IntegrationClient(WebClient.builder().baseUrl("http://localhost:" + port).build());
	}

	public Mono<Answer> hold(String service, long provider, Instant start, int seats) {
		return web.post()
			.uri("/api/v2/availability/hold")
			.bodyValue(Map.of("serviceId", service, "providerId", provider, "start", start.toString(), "seats", seats))
			.exchangeToMono(IntegrationClient::answer);
	}

	/** A hold of the length asked for (a service of variable length). */
	public Mono<Answer> hold(String service, long provider, Instant start, int seats, int durationMinutes) {
		return web.post()
			.uri("/api/v2/availability/hold")
			.bodyValue(Map.of("serviceId", service, "providerId", provider, "start", start.toString(), "seats", seats,
					"durationMinutes", durationMinutes))
			.exchangeToMono(IntegrationClient::answer);
	}

	/**
	 * Releases a hold as its holder, with the token the hold was answered with (null:
	 * none sent).
	 */
	public Mono<Answer> release(Object holdId, String holdToken) {
		return web.delete().uri("/api/v2/availability/hold/{id}", holdId).headers(headers -> {
			if (holdToken != null) {
				headers.set("X-Hold-Token", holdToken);
			}
		}).exchangeToMono(IntegrationClient::answer);
	}

	public Mono<Answer> get(String uri, Object... variables) {
		return web.get().uri(uri, variables).exchangeToMono(IntegrationClient::answer);
	}

	public WebClient web() {
		return web;
	}

	public static Mono<Answer> answer(org.springframework.web.reactive.function.client.ClientResponse response) {
		return response.bodyToMono(JSON)
			.defaultIfEmpty(Map.of())
			.map(body -> new Answer(response.statusCode().value(), body));
	}
}
