package org.bookingfleet.gateway.client.internal.web;

import org.bookingfleet.gateway.ClientIp;
import org.bookingfleet.platform.web.ClientAddresses;
import org.bookingfleet.platform.web.RequestIds;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tells the service who called: the client's address as the rate limits see it (the
 * socket's peer, or what the trusted proxies wrote), sealed for this request so that the
 * service believes it from the gateway only. Whatever the client sent under the same
 * headers is replaced. Written into the headers the gateway sends on, last of their
 * filters, rather than into a copy of the whole request.
 */
@Component
class ClientAddressForwarding implements HttpHeadersFilter, Ordered {

	private final ClientIp clientIp;

	private final ClientAddresses addresses;

	ClientAddressForwarding(ClientIp clientIp, ClientAddresses addresses) {
		this.clientIp = clientIp;
		this.addresses = addresses;
	}

	@Override
	public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
		HttpHeaders forwarded = new HttpHeaders();
		forwarded.putAll(input);
		this.addresses.seal(forwarded, this.clientIp.of(exchange), RequestIds.of(exchange));
		return forwarded;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
