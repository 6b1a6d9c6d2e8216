package org.bookingfleet.gateway.ratelimit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.scheduler.Schedulers;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimits.class)
class RateLimitConfiguration {

	private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);

	@Bean
	KeyResolver clientIp(RateLimits limits) {
		return new ClientIp(limits.trustedProxies());
	}

	@Bean
	ClientRateLimitGatewayFilterFactory clientRateLimitGatewayFilterFactory(RateLimits limits,
			ReactiveStringRedisTemplate redis, ConfigurationService configuration, KeyResolver clientIp,
			MeterRegistry meters) {
		RedisRateLimiter buckets = new RedisRateLimiter(redis, tokenBucketScript(), configuration);
		return new ClientRateLimitGatewayFilterFactory(limits, buckets, clientIp, meters);
	}

	/**
	 * Opens the connection to Redis off the event loop once the gateway is up, so the first request does not pay
	 * for it. A Redis that is down then is no reason not to start: limits fail open until it answers.
	 */
	@Bean
	ApplicationListener<ApplicationReadyEvent> redisWarmUp(ReactiveStringRedisTemplate redis) {
		return ready -> redis.execute(connection -> connection.ping())
			.subscribeOn(Schedulers.boundedElastic())
			.subscribe(pong -> log.debug("Redis for rate limits answers"),
					failure -> log.warn("Redis for rate limits does not answer yet: {}", failure.getMessage()));
	}

	/**
	 * Spring Cloud Gateway's token bucket script, read once at start-up: its own bean reads the file again whenever
	 * Redis has lost the script, which would be a blocking read on an event loop.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static RedisScript<List<Long>> tokenBucketScript() {
		try {
			String script = new ClassPathResource("META-INF/scripts/request_rate_limiter.lua")
				.getContentAsString(StandardCharsets.UTF_8);
			return (RedisScript) RedisScript.of(script, List.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
