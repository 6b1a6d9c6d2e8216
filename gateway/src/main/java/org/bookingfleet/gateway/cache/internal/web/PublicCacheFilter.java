package org.bookingfleet.gateway.cache.internal.web;

import java.time.Duration;
import java.time.Instant;

import org.bookingfleet.gateway.cache.Freshness;
import org.bookingfleet.gateway.cache.KeptAnswer;
import org.bookingfleet.gateway.cache.PublicAnswers;
import org.reactivestreams.Publisher;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The gateway as a shared cache of the services' public answers (the catalog): a GET
 * whose last answer the service marked {@code public} with a lifetime is answered from
 * memory while that answer is fresh, a 304 when the client's {@code If-None-Match} names
 * its ETag, with the service's {@code Cache-Control}, its ETag and an {@code Age}. Any
 * other answer (private, no lifetime, a cookie set, not 200) passes as the service gave
 * it and is not kept; so does every other method and a request that asks for a fresh
 * answer ({@code Cache-Control: no-cache}), whose answer is kept anew. A GET reaches the
 * service without {@code Accept-Encoding}, so what is kept can answer every client.
 */
final class PublicCacheFilter implements GatewayFilter {

	private final PublicAnswers answers;

	private final Duration ceiling;

	PublicCacheFilter(PublicAnswers answers, Duration ceiling) {
		this.answers = answers;
		this.ceiling = ceiling;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (request.getMethod() != HttpMethod.GET) {
			return chain.filter(exchange);
		}
		String key = FromMemory.keyOf(request);
		KeptAnswer kept = FromMemory.asksForAFreshAnswer(request) ? null : this.answers.fresh(key);
		if (kept != null) {
			return FromMemory.answer(exchange, kept, this.answers.now());
		}
		// asked without compression, so the answer kept serves every client
		ServerHttpRequest identity = request.mutate()
			.headers(headers -> headers.remove(HttpHeaders.ACCEPT_ENCODING))
			.build();
		return chain
			.filter(exchange.mutate().request(identity).response(new Keeping(exchange.getResponse(), key)).build());
	}

	/** Keeps the service's answer on its way to the client, if it may be kept. */
	private final class Keeping extends ServerHttpResponseDecorator {

		private final String key;

		Keeping(ServerHttpResponse delegate, String key) {
			super(delegate);
			this.key = key;
		}

		@Override
		public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
			Freshness freshness = keepable();
			if (!freshness.allowsKeeping()) {
				return super.writeWith(body);
			}
			return DataBufferUtils.join(Flux.from(body)).flatMap(joined -> {
				byte[] bytes = new byte[joined.readableByteCount()];
				joined.read(bytes);
				DataBufferUtils.release(joined);
				HttpHeaders headers = getHeaders();
				Instant now = PublicCacheFilter.this.answers.now();
				PublicCacheFilter.this.answers.keep(this.key,
						new KeptAnswer(bytes, headers.getFirst(HttpHeaders.CONTENT_TYPE), headers.getETag(),
								headers.getCacheControl(), now, now.plus(freshness.lifetime())));
				return super.writeWith(Mono.just(bufferFactory().wrap(bytes)));
			});
		}

		private Freshness keepable() {
			HttpHeaders headers = getHeaders();
			if (getStatusCode() != HttpStatus.OK || headers.containsHeader(HttpHeaders.SET_COOKIE)
					|| headers.containsHeader(HttpHeaders.CONTENT_ENCODING) || varies(headers)) {
				return Freshness.NONE;
			}
			return Freshness.of(headers.getCacheControl(), PublicCacheFilter.this.ceiling);
		}

		private static boolean varies(HttpHeaders headers) {
			return headers.getVary().stream().anyMatch(name -> !name.equalsIgnoreCase(HttpHeaders.ACCEPT_ENCODING));
		}

	}

}
