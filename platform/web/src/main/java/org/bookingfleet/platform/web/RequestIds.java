package org.bookingfleet.platform.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is sane, a new one
 * otherwise. The id is set on the request (so a gateway passes it on), echoed on the
 * response, kept on the exchange for the error envelope and put in the Reactor context.
 */
public class RequestIds implements WebFilter, Ordered {

	public static final String HEADER = "X-Request-Id";

	public static final String ATTRIBUTE = RequestIds.class.getName() + ".id";

	private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String given = exchange.getRequest().getHeaders().getFirst(HEADER);
		String id = (given != null && SANE.matcher(given).matches()) ? given : UUID.randomUUID().toString();
		ServerWebExchange withId = id.equals(given) ? exchange
				: exchange.mutate().request(request -> request.headers(headers -> headers.set(HEADER, id))).build();
		withId.getAttributes().put(ATTRIBUTE, id);
		withId.getResponse().getHeaders().set(HEADER, id);
		return chain.filter(withId).contextWrite(context -> context.put(ATTRIBUTE, id));
	}

	public static String of(ServerWebExchange exchange) {
		Object id = exchange.getAttribute(ATTRIBUTE);
		return (id != null) ? id.toString() : null;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
