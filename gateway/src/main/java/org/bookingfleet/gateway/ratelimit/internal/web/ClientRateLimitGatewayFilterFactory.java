package org.bookingfleet.gateway.ratelimit.internal.web;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.bookingfleet.gateway.ratelimit.internal.web.LeaseSize;
import org.bookingfleet.gateway.ratelimit.internal.web.Leases;
import org.bookingfleet.gateway.ratelimit.internal.web.RateLimits.Limit;
import org.bookingfleet.gateway.ratelimit.internal.web.RedisOutage;
import org.bookingfleet.gateway.ratelimit.internal.web.SharedBuckets;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.support.HasRouteId;

/**
 * {@code ClientRateLimit=<name>} on a route: the named limit of
 * {@code fleet.gateway.rate-limits}, per client IP and route, counted in token buckets in
 * Redis that every gateway instance shares ({@link SharedBuckets}) and spent from leases
 * in this one ({@link Leases}). Put it before the route's circuit breaker, so a refused
 * request is no failure of the service.
 */
public class ClientRateLimitGatewayFilterFactory
		extends AbstractGatewayFilterFactory<ClientRateLimitGatewayFilterFactory.Config> {

	private final RateLimits limits;

	private final SharedBuckets buckets;

	private final KeyResolver clients;

	private final RedisOutage outage;

	ClientRateLimitGatewayFilterFactory(RateLimits limits, SharedBuckets buckets, KeyResolver clients,
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
		Leases leases = new Leases(bucket, limit, LeaseSize.of(limit, this.limits.rateLimitLease()), this.buckets,
				System::nanoTime);
		return new ClientRateLimit(bucket, limit, leases, this.clients, this.outage);
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
