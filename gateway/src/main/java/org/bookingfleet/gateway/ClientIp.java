package org.bookingfleet.gateway;

import java.net.InetSocketAddress;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.support.ipresolver.RemoteAddressResolver;
import org.springframework.cloud.gateway.support.ipresolver.XForwardedRemoteAddressResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The client's IP address: the socket's peer, or with {@code n} trusted proxies in front
 * (a load balancer, an ingress) the address the outermost trusted one wrote into
 * {@code X-Forwarded-For}. Addresses a client writes itself further left are never
 * believed.
 */
public final class ClientIp implements KeyResolver {

	private final RemoteAddressResolver resolver;

	public ClientIp(int trustedProxies) {
		this.resolver = (trustedProxies > 0) ? XForwardedRemoteAddressResolver.maxTrustedIndex(trustedProxies)
				: new RemoteAddressResolver() {
				};
	}

	@Override
	public Mono<String> resolve(ServerWebExchange exchange) {
		return Mono.just(of(exchange));
	}

	/** The client's address, or {@code unknown}. */
	public String of(ServerWebExchange exchange) {
		InetSocketAddress address = this.resolver.resolve(exchange);
		if (address == null) {
			return "unknown";
		}
		return (address.getAddress() != null) ? address.getAddress().getHostAddress() : address.getHostString();
	}

}
