package org.bookingfleet.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.springframework.test.context.DynamicPropertyRegistry;
import redis.embedded.RedisServer;

/**
 * What a gateway test stands in front of: the services' addresses, and one real Redis
 * server for the test JVM.
 */
public final class TestFleet {

	private static RedisServer redis;

	private static int redisPort;

	private TestFleet() {
	}

	public static void allServicesAt(DynamicPropertyRegistry registry, String baseUrl) {
		for (String service : new String[] { "PRICING", "AVAILABILITY", "BOOKING", "PAYMENT", "INTEGRATION",
				"IDENTITY" }) {
			registry.add(service + "_URL", () -> baseUrl);
		}
	}

	public static void redis(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.host", () -> "127.0.0.1");
		registry.add("spring.data.redis.port", TestFleet::sharedRedisPort);
	}

	/** Limits no test of something else reaches. */
	public static void generousRateLimits(DynamicPropertyRegistry registry) {
		for (String limit : new String[] { "booking-creation", "pricing", "availability", "catalog" }) {
			registry.add("fleet.gateway.rate-limits." + limit + ".limit", () -> 10_000);
		}
	}

	public static synchronized int sharedRedisPort() {
		if (redis == null) {
			redisPort = freePort();
			redis = startRedis(redisPort);
		}
		return redisPort;
	}

	public static RedisServer startRedis(int port) {
		try {
			RedisServer server = RedisServer.newRedisServer()
				.bind("127.0.0.1")
				.port(port)
				.setting("save \"\"")
				.setting("appendonly no")
				.build();
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(server)));
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static void stopQuietly(RedisServer server) {
		try {
			if (server.isActive()) {
				server.stop();
			}
		}
		catch (IOException ex) {
			// already gone
		}
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
