package org.bookingfleet.platform.web;

import java.util.List;

import org.bookingfleet.platform.security.Callers;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The actuator beyond health and info (metrics above all, which name the backends'
 * addresses) answers admins only, on every application of the fleet: Prometheus scrapes
 * with an {@code ADMIN} bearer token (docs/security.md). The probes stay open so that the
 * orchestrator needs no token.
 */
public class ActuatorAccess implements WebFilter, Ordered {

	private static final String ACTUATOR = "actuator";

	private final Callers callers;

	public ActuatorAccess(Callers callers) {
		this.callers = callers;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!guarded(segments(exchange.getRequest().getPath().pathWithinApplication()))) {
			return chain.filter(exchange);
		}
		return this.callers.of(exchange).flatMap(caller -> {
			if (caller.isAnonymous()) {
				exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
				return Mono.error(ApiException.unauthenticated("sign in first"));
			}
			if (!caller.isAdmin()) {
				return Mono.error(ApiException.forbidden("your role may not do this"));
			}
			return chain.filter(exchange);
		});
	}

	/**
	 * Decided on the path as the handlers match it: decoded, without path parameters or
	 * empty segments.
	 */
	static boolean guarded(List<String> segments) {
		if (segments.isEmpty() || !segments.get(0).equals(ACTUATOR)) {
			return false;
		}
		List<String> endpoint = segments.subList(1, segments.size());
		return endpoint.isEmpty() || !(endpoint.get(0).equals("health") || endpoint.equals(List.of("info")));
	}

	private static List<String> segments(PathContainer path) {
		return path.elements()
			.stream()
			.filter(PathContainer.PathSegment.class::isInstance)
			.map(element -> ((PathContainer.PathSegment) element).valueToMatch())
			.filter(segment -> !segment.isEmpty())
			.toList();
	}

	/**
	 * After a gateway's own security chain, so its refusals carry the gateway's security
	 * headers.
	 */
	@Override
	public int getOrder() {
		return 0;
	}

}
