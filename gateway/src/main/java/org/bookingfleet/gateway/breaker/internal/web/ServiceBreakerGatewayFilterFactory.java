package org.bookingfleet.gateway.breaker.internal.web;

import java.util.List;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceBreaker=<service>} on a route: the service's circuit breaker, shared by
 * every route to it and set by {@code resilience4j.circuitbreaker} (what it counts:
 * {@code record-exceptions}). Put it after the route's rate limit, so a refused request
 * is no failure of the service.
 */
@Component
public class ServiceBreakerGatewayFilterFactory
		extends AbstractGatewayFilterFactory<ServiceBreakerGatewayFilterFactory.Config> {

	private final ReactiveCircuitBreakerFactory<?, ?> breakers;

	public ServiceBreakerGatewayFilterFactory(ReactiveCircuitBreakerFactory<?, ?> breakers) {
		super(Config.class);
		this.breakers = breakers;
	}

	@Override
	public List<String> shortcutFieldOrder() {
		return List.of("service");
	}

	@Override
	public GatewayFilter apply(Config config) {
		return new ServiceBreaker(config.getService(), this.breakers.create(config.getService()));
	}

	public static class Config {

		private String service;

		public String getService() {
			return this.service;
		}

		public void setService(String service) {
			this.service = service;
		}

	}

}
