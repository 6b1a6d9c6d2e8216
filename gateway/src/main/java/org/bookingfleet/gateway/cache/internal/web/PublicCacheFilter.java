package org.bookingfleet.gateway.cache.internal.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.bookingfleet.gateway.cache.Freshness;
import org.bookingfleet.gateway.cache.KeptAnswer;
import org.bookingfleet.gateway.cache.LiveChanges;
import org.bookingfleet.gateway.cache.PublicAnswers;
import org.reactivestreams.Publisher;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
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
 * <p>
 * A write through the route that the service accepts (any 2xx answer to a method other
 * than GET, HEAD or OPTIONS) makes the gateway forget every answer it kept from the route
 * before the client reads that answer: a client sees its own change at once. A route that
 * follows a feed of live changes ({@link LiveChanges}) keeps answers only while the feed
 * is live; the feed forgets the answers each change makes wrong.
 */
final class PublicCacheFilter implements GatewayFilter {

	private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

	private final PublicAnswers answers;

	private final Duration ceiling;

	private final LiveChanges followed;

	PublicCacheFilter(PublicAnswers answers, Duration ceiling, LiveChanges followed) {
		this.answers = answers;
		this.ceiling = ceiling;
		this.followed = followed;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		String route = routeOf(exchange);
		if (request.getMethod() != HttpMethod.GET) {
			if (!READS.contains(request.getMethod())) {
				forgetOnceAccepted(exchange.getResponse(), route);
			}
			return chain.filter(exchange);
		}
		String key = FromMemory.keyOf(request);
		KeptAnswer kept = FromMemory.asksForAFreshAnswer(request) ? null : this.answers.fresh(key);
		if (kept != null) {
			return FromMemory.answer(exchange, kept, this.answers.now());
		}
		long changesWhenAsked = this.answers.changes();
		// asked without compression, so the answer kept serves every client
		ServerHttpRequest identity = request.mutate()
			.headers(headers -> headers.remove(HttpHeaders.ACCEPT_ENCODING))
			.build();
		return chain.filter(exchange.mutate()
			.request(identity)
			.response(new Keeping(exchange.getResponse(), route, key, changesWhenAsked))
			.build());
	}

	/** Before the client reads the service's acceptance of its change. */
	private void forgetOnceAccepted(ServerHttpResponse response, String route) {
		response.beforeCommit(() -> {
			HttpStatusCode status = response.getStatusCode();
			if (status != null && status.is2xxSuccessful()) {
				this.answers.forget((key, kept) -> kept.route().equals(route));
			}
			return Mono.empty();
		});
	}

	private static String routeOf(ServerWebExchange exchange) {
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		return (route != null) ? route.getId() : "";
	}

	/** Keeps the service's answer on its way to the client, if it may be kept. */
	private final class Keeping extends ServerHttpResponseDecorator {

		private final String route;

		private final String key;

		private final long changesWhenAsked;

		Keeping(ServerHttpResponse delegate, String route, String key, long changesWhenAsked) {
			super(delegate);
			this.route = route;
			this.key = key;
			this.changesWhenAsked = changesWhenAsked;
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
				PublicCacheFilter.this.answers.keep(
						this.key, new KeptAnswer(this.route, bytes, headers.getFirst(HttpHeaders.CONTENT_TYPE),
								headers.getETag(), headers.getCacheControl(), now, now.plus(freshness.lifetime())),
						this.changesWhenAsked);
				return super.writeWith(Mono.just(bufferFactory().wrap(bytes)));
			});
		}

		private Freshness keepable() {
			LiveChanges followed = PublicCacheFilter.this.followed;
			if (followed != null && !followed.isLive()) {
				return Freshness.NONE;
			}
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
