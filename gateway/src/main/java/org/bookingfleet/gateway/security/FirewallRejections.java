package org.bookingfleet.gateway.security;

import org.bookingfleet.platform.web.ApiException;
import org.bookingfleet.platform.web.ErrorEnvelopeHandler;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.header.ServerHttpHeadersWriter;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A request the security firewall refuses (encoded slashes, semicolons, traversal in the path) gets the error
 * envelope and the security headers like every other refusal, not a bare 400.
 */
@Component
class FirewallRejections implements ServerExchangeRejectedHandler {

	private final ErrorEnvelopeHandler envelopes;

	private final ServerHttpHeadersWriter securityHeaders;

	FirewallRejections(ErrorEnvelopeHandler envelopes, ServerHttpHeadersWriter securityHeaders) {
		this.envelopes = envelopes;
		this.securityHeaders = securityHeaders;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
		return this.securityHeaders.writeHttpHeaders(exchange)
			.then(this.envelopes.handle(exchange, new ApiException(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST",
					"the request's path or headers are not acceptable")));
	}

}
