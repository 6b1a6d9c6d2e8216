package org.bookingfleet.gateway.client;

import org.bookingfleet.platform.web.ClientAddresses;
import org.bookingfleet.platform.web.RequestIds;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Tells the service who called: the client's address as the rate limits see it (the socket's peer, or what the
 * trusted proxies wrote), sealed for this request so that the service believes it from the gateway only. Whatever
 * the client sent under the same headers is replaced.
 */
@Component
class ClientAddressForwarding implements GlobalFilter, Ordered {

	private final KeyResolver clientIp;

	private final ClientAddresses addresses;

	ClientAddressForwarding(KeyResolver clientIp, ClientAddresses addresses) {
		this.clientIp = clientIp;
		this.addresses = addresses;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		return this.clientIp.resolve(exchange)
			.defaultIfEmpty("")
			.flatMap(address -> chain.filter(exchange.mutate()
				.request(request -> request.headers(
						headers -> this.addresses.seal(headers, address, RequestIds.of(exchange))))
				.build()));
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
