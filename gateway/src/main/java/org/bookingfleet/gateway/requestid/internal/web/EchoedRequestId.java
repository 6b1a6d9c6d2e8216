package org.bookingfleet.gateway.requestid.internal.web;

import org.bookingfleet.platform.web.RequestIds;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * A service echoes the request id the gateway gave it, and the gateway has already put
 * that id on its own answer: the service's copy is dropped, so an answer names its
 * request once.
 */
@Component
class EchoedRequestId implements HttpHeadersFilter {

	@Override
	public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
		if (!input.containsHeader(RequestIds.HEADER)) {
			return input;
		}
		HttpHeaders withoutEcho = new HttpHeaders();
		withoutEcho.putAll(input);
		withoutEcho.remove(RequestIds.HEADER);
		return withoutEcho;
	}

	@Override
	public boolean supports(Type type) {
		return type == Type.RESPONSE;
	}

}
