package org.bookingfleet.platform.blockhound;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * The few calls that look blocking to BlockHound but are not a problem on a reactor
 * thread. BlockHound runs in the tests only; this allow-list sits here so that every test
 * JVM of the fleet, the gateway's too, shares it.
 */
public class FleetBlockHoundIntegration implements BlockHoundIntegration {

	@Override
	public void applyTo(BlockHound.Builder builder) {
		// Reads a few bytes of /dev/urandom, which never blocks on Linux.
		builder.allowBlockingCallsInside("java.util.UUID", "randomUUID");
		builder.allowBlockingCallsInside("java.security.SecureRandom", "nextBytes");
		// Log lines go to the console appender, which writes to a pipe.
		builder.allowBlockingCallsInside("ch.qos.logback.classic.Logger", "callAppenders");
		// Jackson builds a type's deserializer once, under a short lock that concurrent
		// first requests wait on.
		builder.allowBlockingCallsInside("tools.jackson.databind.deser.DeserializerCache",
				"_createAndCacheValueDeserializer");
		// Netty's adaptive buffer allocator adds a magazine under a short lock when many
		// threads allocate at once.
		builder.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup",
				"tryExpandMagazines");
		// A circuit breaker records each call's outcome in its window under a lock held
		// for
		// a few instructions; two event loops counting answers at once wait on it. Thrown
		// inside the breaker, BlockHound's error was dropped and left the request
		// unanswered.
		for (String window : new String[] { "FixedSizeSlidingWindowMetrics", "SlidingTimeWindowMetrics" }) {
			builder.allowBlockingCallsInside("io.github.resilience4j.core.metrics." + window, "record");
			builder.allowBlockingCallsInside("io.github.resilience4j.core.metrics." + window, "getSnapshot");
		}
		builder.allowBlockingCallsInside(
				"io.github.resilience4j.circuitbreaker.internal.CircuitBreakerStateMachine$OpenState",
				"toHalfOpenState");
	}

}
