package org.bookingfleet.gateway.cache.internal.web;

import org.bookingfleet.gateway.SessionCookie;
import org.bookingfleet.gateway.cache.KeptAnswer;
import org.bookingfleet.gateway.cache.PublicAnswers;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A guest's GET of a public answer the gateway keeps (the catalog) is answered from
 * memory right after the request id and the security headers are set, before the
 * gateway's other filters, its security chain and its routes: those cost a cached answer
 * more than twice what the answer itself costs, and a guest passes them all anyway. A
 * guest here sends no {@code Authorization} header, no session cookie and no
 * {@code Origin} (a cross-origin call needs the CORS headers of the security chain);
 * anyone else, and a guest whose answer is not kept or not fresh, goes the whole way,
 * where {@link PublicCacheFilter} on the route answers from the same store.
 */
final class GuestAnswers implements WebFilter, Ordered {

	private final PublicAnswers answers;

	GuestAnswers(PublicAnswers answers) {
		this.answers = answers;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		KeptAnswer kept = (request.getMethod() == HttpMethod.GET && !FromMemory.asksForAFreshAnswer(request)
				&& isGuest(request)) ? this.answers.fresh(FromMemory.keyOf(request)) : null;
		if (kept == null) {
			return chain.filter(exchange);
		}
		return FromMemory.answer(exchange, kept, this.answers.now());
	}

	private static boolean isGuest(ServerHttpRequest request) {
		HttpHeaders headers = request.getHeaders();
		return !headers.containsHeader(HttpHeaders.AUTHORIZATION) && !headers.containsHeader(HttpHeaders.ORIGIN)
				&& !SessionCookie.isSentWith(request);
	}

	/** Right after the request id and the security headers (written before commit). */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 2;
	}

}
