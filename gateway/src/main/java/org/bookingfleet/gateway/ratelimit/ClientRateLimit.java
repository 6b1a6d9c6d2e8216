package org.bookingfleet.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;

import org.bookingfleet.gateway.ratelimit.RateLimits.Limit;
import org.bookingfleet.platform.web.ApiException;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * One route's limit for one client: answers with {@code RateLimit-*} headers, refuses with 429
 * {@code RATE_LIMITED} and {@code Retry-After}, and lets the request through unchecked when Redis cannot answer
 * in time (see {@link RedisOutage}).
 */
final class ClientRateLimit implements GatewayFilter {

	/** The route's id: each route counts apart, under its own configuration in the limiter. */
	private final String bucketName;

	private final Limit limit;

	private final RateLimiter<?> limiter;

	private final KeyResolver clients;

	private final Duration timeout;

	private final RedisOutage outage;

	ClientRateLimit(String bucketName, Limit limit, RateLimiter<?> limiter, KeyResolver clients, Duration timeout,
			RedisOutage outage) {
		this.bucketName = bucketName;
		this.limit = limit;
		this.limiter = limiter;
		this.clients = clients;
		this.timeout = timeout;
		this.outage = outage;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		return this.clients.resolve(exchange)
			.flatMap(this::check)
			.flatMap(allowance -> decide(exchange, chain, allowance));
	}

	/** The first call may open the connection to Redis, which blocks: it is made off the event loop. */
	private Mono<Allowance> check(String client) {
		return Mono.defer(() -> this.limiter.isAllowed(this.bucketName, client))
			.subscribeOn(Schedulers.boundedElastic())
			.timeout(this.timeout)
			.map(response -> {
				long tokensLeft = Long.parseLong(response.getHeaders().getOrDefault(RedisRateLimiter.REMAINING_HEADER, "-1"));
				return (tokensLeft < 0) ? Allowance.UNCHECKED : Allowance.of(this.limit, response.isAllowed(), tokensLeft);
			})
			.onErrorReturn(Allowance.UNCHECKED);
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
