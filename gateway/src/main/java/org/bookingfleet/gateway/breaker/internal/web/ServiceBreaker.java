package org.bookingfleet.gateway.breaker.internal.web;

import java.util.Map;

import org.bookingfleet.platform.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * One route's circuit breaker for one service. It counts the service's 5xx answers and
 * passes them on as the service gave them; a call the breaker refuses, or that fails
 * without an answer (no connection, no answer in time), answers 503
 * {@code SERVICE_UNAVAILABLE} naming the service. A client that goes away cancels the
 * call, which counts for nothing.
 */
final class ServiceBreaker implements GatewayFilter {

	private static final Logger log = LoggerFactory.getLogger(ServiceBreaker.class);

	private final String service;

	private final ReactiveCircuitBreaker breaker;

	ServiceBreaker(String service, ReactiveCircuitBreaker breaker) {
		this.service = service;
		this.breaker = breaker;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		return this.breaker.run(chain.filter(exchange).then(Mono.defer(() -> verdict(exchange))), this::answer);
	}

	/**
	 * The service's status is known once the chain completes; its body is written after
	 * this filter.
	 */
	private Mono<Void> verdict(ServerWebExchange exchange) {
		HttpStatusCode status = exchange.getResponse().getStatusCode();
		if (status != null && status.is5xxServerError()) {
			return Mono.error(new ServiceFailure(this.service, status));
		}
		return Mono.empty();
	}

	private Mono<Void> answer(Throwable failure) {
		if (failure instanceof ServiceFailure) {
			return Mono.empty();
		}
		log.warn("{} gave no answer: {}", this.service, failure.toString());
		return Mono.error(new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE",
				this.service + " is not answering right now; try again in a moment", null,
				Map.of("service", this.service)));
	}

}
