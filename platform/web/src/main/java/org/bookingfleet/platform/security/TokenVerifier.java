package org.bookingfleet.platform.security;

import reactor.core.publisher.Mono;

/** Turns a bearer token into its caller, or fails with {@link JwtTokens.InvalidToken}. */
public interface TokenVerifier {

	Mono<Caller> callerOf(String token);

}
