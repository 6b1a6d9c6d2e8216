package org.bookingfleet.platform.web;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a body announced larger than the limit before reading it. A body without a
 * length that grows past the limit is refused by the codecs
 * ({@code spring.codec.max-in-memory-size}), with the same envelope.
 */
public class RequestSizeLimit implements WebFilter, Ordered {

	private final long maxBytes;

	public RequestSizeLimit(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long length = exchange.getRequest().getHeaders().getContentLength();
		if (length > this.maxBytes) {
			return Mono.error(new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE",
					"the body is " + length + " bytes; the limit is " + this.maxBytes));
		}
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

}
