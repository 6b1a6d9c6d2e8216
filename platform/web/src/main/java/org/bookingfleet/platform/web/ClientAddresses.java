package org.bookingfleet.platform.web;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import org.bookingfleet.platform.tokens.KeyedMac;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The one rule for who called, by address. The gateway resolves the client's address with
 * its trusted-proxy rule and passes it on in {@value #HEADER}, sealed by
 * {@value #SEAL_HEADER}: an HMAC-SHA256 of the address and the request id under a key
 * only the gateway and the services hold. A service believes the address only with a seal
 * that matches; otherwise the client is the socket's peer. {@code X-Forwarded-For} is
 * never believed here: a direct caller writes what it likes into it.
 */
public class ClientAddresses implements WebFilter, Ordered {

	public static final String HEADER = "X-Fleet-Client-Address";

	public static final String SEAL_HEADER = "X-Fleet-Client-Address-Seal";

	public static final String ATTRIBUTE = ClientAddresses.class.getName() + ".address";

	private final KeyedMac mac;

	/**
	 * The key is derived from the configured secret, so the secret itself signs nothing
	 * else here.
	 */
	public ClientAddresses(String secret) {
		if (secret == null || secret.isBlank()) {
			throw new IllegalArgumentException("a client address key is required");
		}
		this.mac = new KeyedMac(new KeyedMac(secret.getBytes(StandardCharsets.UTF_8))
			.of("fleet client address".getBytes(StandardCharsets.UTF_8)));
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		exchange.getAttributes().put(ATTRIBUTE, resolve(exchange));
		return chain.filter(exchange);
	}

	/**
	 * The client's address of this request: the gateway's sealed one, else the socket's
	 * peer; null when unknown.
	 */
	public static String of(ServerWebExchange exchange) {
		Object address = exchange.getAttribute(ATTRIBUTE);
		return (address != null) ? address.toString() : peer(exchange);
	}

	/**
	 * The headers a gateway sets on the request it passes on, replacing whatever the
	 * client sent under them.
	 */
	public void seal(HttpHeaders headers, String address, String requestId) {
		headers.remove(HEADER);
		headers.remove(SEAL_HEADER);
		if (address == null || address.isBlank()) {
			return;
		}
		headers.set(HEADER, address);
		headers.set(SEAL_HEADER, seal(address, requestId));
	}

	String resolve(ServerWebExchange exchange) {
		HttpHeaders headers = exchange.getRequest().getHeaders();
		String address = headers.getFirst(HEADER);
		String presented = headers.getFirst(SEAL_HEADER);
		if (address != null && presented != null && headers.get(HEADER).size() == 1
				&& MessageDigest.isEqual(seal(address, RequestIds.of(exchange)).getBytes(StandardCharsets.US_ASCII),
						presented.getBytes(StandardCharsets.US_ASCII))) {
			return address;
		}
		return peer(exchange);
	}

	private String seal(String address, String requestId) {
		String material = address + "\n" + ((requestId != null) ? requestId : "");
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(this.mac.of(material.getBytes(StandardCharsets.UTF_8)));
	}

	private static String peer(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		if (remote == null) {
			return null;
		}
		return (remote.getAddress() != null) ? remote.getAddress().getHostAddress() : remote.getHostString();
	}

	/** After the request id, which the seal covers. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 5;
	}

}
