package org.bookingfleet.fleet;

import java.util.concurrent.CountDownLatch;

import redis.embedded.RedisServer;

/**
 * Redis for the gateway's rate limits when the machine has no redis-server. Argument:
 * port.
 */
public final class LocalRedis {

	private LocalRedis() {
	}

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		RedisServer redis = RedisServer.newRedisServer().port(port).setting("bind 127.0.0.1").build();
		redis.start();
		System.out.println("redis ready on 127.0.0.1:" + port);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				redis.stop();
			}
			catch (Exception ignored) {
				// going down anyway
			}
			stopped.countDown();
		}));
		stopped.await();
	}

}
