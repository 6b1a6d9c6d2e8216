package org.bookingfleet.gateway.ratelimit.internal.web;

import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rate limits fail open: when Redis does not answer, requests go through unchecked rather
 * than the whole API going down with the counter store. Each such request counts in
 * {@code gateway.rate_limit.unchecked} (alert on it); the log says when checking stops
 * and when it is back.
 */
public final class RedisOutage {

	static final String METRIC = "gateway.rate_limit.unchecked";

	private static final Logger log = LoggerFactory.getLogger(RedisOutage.class);

	private final MeterRegistry meters;

	private final AtomicBoolean down = new AtomicBoolean();

	RedisOutage(MeterRegistry meters) {
		this.meters = meters;
	}

	void letThrough(String routeId) {
		Counter.builder(METRIC)
			.description("requests let through without a rate-limit check because Redis did not answer")
			.tag("route", routeId)
			.register(this.meters)
			.increment();
		if (this.down.compareAndSet(false, true)) {
			log.warn("rate limits are not checked: Redis does not answer; requests go through unchecked");
		}
	}

	void answered() {
		if (this.down.compareAndSet(true, false)) {
			log.info("rate limits are checked again: Redis answers");
		}
	}

}
