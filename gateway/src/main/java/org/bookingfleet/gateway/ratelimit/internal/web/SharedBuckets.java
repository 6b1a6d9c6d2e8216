package org.bookingfleet.gateway.ratelimit.internal.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.bookingfleet.gateway.ratelimit.internal.web.Allowance;
import org.bookingfleet.gateway.ratelimit.internal.web.Grant;
import org.bookingfleet.gateway.ratelimit.internal.web.RateLimits.Limit;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The clients' token buckets in Redis, shared by every gateway instance: the bucket of
 * Spring Cloud Gateway's Redis limiter (the same keys, capacity and refill, so instances
 * of either kind count together), from which one call takes up to a lease's worth of
 * requests instead of exactly one. The bucket holds {@code limit × period} tokens,
 * refills {@code limit} per second and a request costs {@code period} (in seconds) of
 * them.
 */
public class SharedBuckets {

	/**
	 * Spring Cloud Gateway's token bucket script, granting up to ARGV[4] requests where
	 * it granted exactly one.
	 */
	static final String LEASE_SCRIPT = """
			redis.replicate_commands()
			local tokens_key = KEYS[1]
			local timestamp_key = KEYS[2]
			local rate = tonumber(ARGV[1])
			local capacity = tonumber(ARGV[2])
			local requested = tonumber(ARGV[3])
			local wanted = tonumber(ARGV[4])
			local now = tonumber(redis.call('TIME')[1])
			local fill_time = capacity / rate
			local ttl = math.floor(fill_time * 2)
			local last_tokens = tonumber(redis.call('get', tokens_key)) or capacity
			local last_refreshed = tonumber(redis.call('get', timestamp_key)) or 0
			local delta = math.max(0, now - last_refreshed)
			local filled_tokens = math.min(capacity, last_tokens + (delta * rate))
			local granted = math.min(wanted, math.floor(filled_tokens / requested))
			local new_tokens = filled_tokens - granted * requested
			if ttl > 0 then
			  redis.call('setex', tokens_key, ttl, new_tokens)
			  redis.call('setex', timestamp_key, ttl, now)
			end
			return { granted, new_tokens }
			""";

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static final RedisScript<List<Long>> SCRIPT = (RedisScript) RedisScript.of(LEASE_SCRIPT, List.class);

	private final ReactiveStringRedisTemplate redis;

	private final Duration timeout;

	SharedBuckets(ReactiveStringRedisTemplate redis, Duration timeout) {
		this.redis = redis;
		this.timeout = timeout;
	}

	/**
	 * Up to {@code requests} of the client's allowance on the route, or none when the
	 * bucket holds less than one request's worth; {@link Grant#UNCHECKED} when Redis does
	 * not answer within the timeout. The first call may open the connection to Redis,
	 * which blocks: calls are made off the event loop.
	 */
	Mono<Grant> lease(String route, String client, Limit limit, int requests) {
		String prefix = "request_rate_limiter.{" + route + "." + client + "}.";
		List<String> keys = List.of(prefix + "tokens", prefix + "timestamp");
		List<String> args = List.of(String.valueOf(Allowance.replenishRate(limit)),
				String.valueOf(Allowance.burstCapacity(limit)), String.valueOf(Allowance.requestedTokens(limit)),
				String.valueOf(requests));
		return Mono.defer(() -> this.redis.execute(SCRIPT, keys, args).reduce(new ArrayList<Long>(), (all, some) -> {
			all.addAll(some);
			return all;
		}))
			.subscribeOn(Schedulers.boundedElastic())
			.timeout(this.timeout)
			.map(answer -> (answer.size() == 2) ? new Grant(answer.get(0), answer.get(1)) : Grant.UNCHECKED)
			.onErrorReturn(Grant.UNCHECKED)
			.defaultIfEmpty(Grant.UNCHECKED);
	}

}
