package org.bookingfleet.gateway.ratelimit.internal.web;

import java.util.Map;

import org.bookingfleet.gateway.ratelimit.internal.web.Allowance;
import org.bookingfleet.gateway.ratelimit.internal.web.Leases;
import org.bookingfleet.gateway.ratelimit.internal.web.RateLimits.Limit;
import org.bookingfleet.gateway.ratelimit.internal.web.RedisOutage;
import org.bookingfleet.platform.web.ApiException;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * One route's limit for one client: answers with {@code RateLimit-*} headers, refuses
 * with 429 {@code RATE_LIMITED} and {@code Retry-After}, and lets the request through
 * unchecked when Redis cannot answer in time (see {@link RedisOutage}). Most requests are
 * counted against the client's lease in this gateway, without a call to Redis (see
 * {@link Leases}).
 */
final class ClientRateLimit implements GatewayFilter {

	/** The route's id: each route counts apart. */
	private final String bucketName;

	private final Limit limit;

	private final Leases leases;

	private final KeyResolver clients;

	private final RedisOutage outage;

	ClientRateLimit(String bucketName, Limit limit, Leases leases, KeyResolver clients, RedisOutage outage) {
		this.bucketName = bucketName;
		this.limit = limit;
		this.leases = leases;
		this.clients = clients;
		this.outage = outage;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		return this.clients.resolve(exchange)
			.flatMap(this.leases::take)
			.flatMap(allowance -> decide(exchange, chain, allowance));
	}

	private Mono<Void> decide(ServerWebExchange exchange, GatewayFilterChain chain, Allowance allowance) {
		if (!allowance.checked()) {
			this.outage.letThrough(this.bucketName);
			return chain.filter(exchange);
		}
		this.outage.answered();
		HttpHeaders headers = exchange.getResponse().getHeaders();
		headers.set("RateLimit-Limit", String.valueOf(this.limit.limit()));
		headers.set("RateLimit-Remaining", String.valueOf(allowance.remaining()));
		headers.set("RateLimit-Reset", String.valueOf(allowance.resetSeconds()));
		headers.set("RateLimit-Policy", this.limit.limit() + ";w=" + this.limit.periodSeconds());
		if (allowance.allowed()) {
			return chain.filter(exchange);
		}
		headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(allowance.retryAfterSeconds()));
		return Mono.error(new ApiException(HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED",
				"too many requests; try again in " + allowance.retryAfterSeconds() + " seconds", null,
				Map.of("limit", this.limit.limit(), "windowSeconds", this.limit.periodSeconds(), "retryAfterSeconds",
						allowance.retryAfterSeconds())));
	}

}
