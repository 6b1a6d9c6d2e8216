package org.bookingfleet.gateway.security.internal.web;

import org.bookingfleet.platform.web.ApiException;
import org.bookingfleet.platform.web.ErrorEnvelopeHandler;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A request the security firewall refuses (encoded slashes, semicolons, traversal in the
 * path) gets the error envelope like every other refusal, not a bare 400 (the security
 * headers are set before the firewall runs).
 */
@Component
class FirewallRejections implements ServerExchangeRejectedHandler {

	private final ErrorEnvelopeHandler envelopes;

	FirewallRejections(ErrorEnvelopeHandler envelopes) {
		this.envelopes = envelopes;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
		return this.envelopes.handle(exchange, new ApiException(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST",
				"the request's path or headers are not acceptable"));
	}

}
