package org.bookingfleet.gateway.ratelimit;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.bookingfleet.gateway.ratelimit.RateLimits.Limit;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.support.HasRouteId;

/**
 * {@code ClientRateLimit=<name>} on a route: the named limit of {@code fleet.gateway.rate-limits}, per client IP
 * and route, counted by Spring Cloud Gateway's Redis limiter. Put it before the route's circuit breaker, so a
 * refused request is no failure of the service.
 */
public class ClientRateLimitGatewayFilterFactory
		extends AbstractGatewayFilterFactory<ClientRateLimitGatewayFilterFactory.Config> {

	private final RateLimits limits;

	private final RedisRateLimiter buckets;

	private final KeyResolver clients;

	private final RedisOutage outage;

	public ClientRateLimitGatewayFilterFactory(RateLimits limits, RedisRateLimiter buckets, KeyResolver clients,
			MeterRegistry meters) {
		super(Config.class);
		this.limits = limits;
		this.buckets = buckets;
		this.clients = clients;
		this.outage = new RedisOutage(meters);
	}

	@Override
	public List<String> shortcutFieldOrder() {
		return List.of("limit");
	}

	@Override
	public GatewayFilter apply(Config config) {
		Limit limit = this.limits.named(config.getLimit());
		String bucket = (config.getRouteId() != null) ? config.getRouteId() : config.getLimit();
		this.buckets.getConfig().put(bucket, new RedisRateLimiter.Config()
			.setReplenishRate(Allowance.replenishRate(limit))
			.setBurstCapacity(Allowance.burstCapacity(limit))
			.setRequestedTokens(Allowance.requestedTokens(limit)));
		return new ClientRateLimit(bucket, limit, this.buckets, this.clients, this.limits.rateLimitTimeout(),
				this.outage);
	}

	public static class Config implements HasRouteId {

		private String limit;

		private String routeId;

		public String getLimit() {
			return this.limit;
		}

		public void setLimit(String limit) {
			this.limit = limit;
		}

		@Override
		public void setRouteId(String routeId) {
			this.routeId = routeId;
		}

		@Override
		public String getRouteId() {
			return this.routeId;
		}

	}

}
