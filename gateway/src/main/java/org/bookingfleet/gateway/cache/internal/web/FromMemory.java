package org.bookingfleet.gateway.cache.internal.web;

import java.time.Instant;

import org.bookingfleet.gateway.cache.KeptAnswer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A kept public answer written to a client: with the service's {@code Cache-Control}, its
 * ETag and an {@code Age}, a 304 without a body when the client's {@code If-None-Match}
 * names that ETag.
 */
final class FromMemory {

	private FromMemory() {
	}

	/** The cache key of a GET: its raw path and query. */
	static String keyOf(ServerHttpRequest request) {
		return request.getURI().getRawPath() + "?" + request.getURI().getRawQuery();
	}

	/** A request whose {@code Cache-Control} asks for a fresh answer, not a kept one. */
	static boolean asksForAFreshAnswer(ServerHttpRequest request) {
		String cacheControl = request.getHeaders().getCacheControl();
		return cacheControl != null && (cacheControl.contains("no-cache") || cacheControl.contains("no-store"));
	}

	static Mono<Void> answer(ServerWebExchange exchange, KeptAnswer kept, Instant now) {
		ServerHttpResponse response = exchange.getResponse();
		HttpHeaders headers = response.getHeaders();
		if (kept.etag() != null) {
			headers.set(HttpHeaders.ETAG, kept.etag());
		}
		headers.set(HttpHeaders.CACHE_CONTROL, kept.cacheControl());
		headers.set(HttpHeaders.AGE, Long.toString(kept.ageAt(now)));
		if (kept.matches(exchange.getRequest().getHeaders().getIfNoneMatch())) {
			response.setStatusCode(HttpStatus.NOT_MODIFIED);
			return response.setComplete();
		}
		response.setStatusCode(HttpStatus.OK);
		if (kept.contentType() != null) {
			headers.set(HttpHeaders.CONTENT_TYPE, kept.contentType());
		}
		headers.setContentLength(kept.body().length);
		return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(kept.body())));
	}

}
