package org.bookingfleet.gateway.ratelimit.internal.web;

import io.micrometer.core.instrument.MeterRegistry;
import org.bookingfleet.gateway.ClientIp;
import org.bookingfleet.gateway.ratelimit.internal.web.SharedBuckets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.scheduler.Schedulers;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimits.class)
class RateLimitConfiguration {

	private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);

	@Bean
	ClientIp clientIp(RateLimits limits) {
		return new ClientIp(limits.trustedProxies());
	}

	@Bean
	ClientRateLimitGatewayFilterFactory clientRateLimitGatewayFilterFactory(RateLimits limits,
			ReactiveStringRedisTemplate redis, KeyResolver clientIp, MeterRegistry meters) {
		return new ClientRateLimitGatewayFilterFactory(limits, new SharedBuckets(redis, limits.rateLimitTimeout()),
				clientIp, meters);
	}

	/**
	 * Opens the connection to Redis off the event loop once the gateway is up, so the
	 * first request does not pay for it. A Redis that is down then is no reason not to
	 * start: limits fail open until it answers.
	 */
	@Bean
	ApplicationListener<ApplicationReadyEvent> redisWarmUp(ReactiveStringRedisTemplate redis) {
		return ready -> redis.execute(connection -> connection.ping())
			.subscribeOn(Schedulers.boundedElastic())
			.subscribe(pong -> log.debug("Redis for rate limits answers"),
					failure -> log.warn("Redis for rate limits does not answer yet: {}", failure.getMessage()));
	}

}
