package org.bookingfleet.gateway.ratelimit.internal.web;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bookingfleet.gateway.TestFleet;
import org.bookingfleet.gateway.ratelimit.internal.web.RedisOutage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import redis.embedded.RedisServer;

/**
 * The gateway's own Redis goes away and comes back: limits fail open meanwhile, counted,
 * then apply again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "LOG_FORMAT=", "fleet.gateway.rate-limits.pricing.limit=2",
				"fleet.gateway.rate-limits.pricing.period=60s", "fleet.gateway.rate-limit-timeout=2s" })
@AutoConfigureWebTestClient
class RateLimitWithoutRedisTest {

	static final WireMockServer services = new WireMockServer(options().dynamicPort());

	static final int redisPort = TestFleet.freePort();

	static RedisServer redis = TestFleet.startRedis(redisPort);

	static {
		services.start();
		services.stubFor(any(anyUrl()).willReturn(okJson("{}")));
	}

	@Autowired
	WebTestClient web;

	@Autowired
	MeterRegistry meters;

	@DynamicPropertySource
	static void fleet(DynamicPropertyRegistry registry) {
		TestFleet.allServicesAt(registry, services.baseUrl());
		registry.add("spring.data.redis.host", () -> "127.0.0.1");
		registry.add("spring.data.redis.port", () -> redisPort);
	}

	@AfterAll
	static void stop() {
		services.stop();
		TestFleet.stopQuietly(redis);
	}

	@Test
	void requestsGoThroughUncheckedAndCountedWhileRedisIsDownAndAreLimitedAgainOnceItIsBack() {
		quote().expectStatus().isOk().expectHeader().valueEquals("RateLimit-Remaining", "1");

		TestFleet.stopQuietly(redis);
		for (int i = 0; i < 4; i++) {
			quote().expectStatus().isOk().expectHeader().doesNotExist("RateLimit-Limit");
		}
		Counter unchecked = this.meters.find(RedisOutage.METRIC).tag("route", "pricing-quote").counter();
		assertThat(unchecked).isNotNull();
		assertThat(unchecked.count()).isEqualTo(4.0);

		redis = TestFleet.startRedis(redisPort);
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(() -> quote().expectStatus().isOk().expectHeader().exists("RateLimit-Limit"));
		quote().expectStatus().isOk();
		quote().expectStatus().isEqualTo(429).expectBody().jsonPath("$.error.code").isEqualTo("RATE_LIMITED");
	}

	private WebTestClient.ResponseSpec quote() {
		return this.web.post()
			.uri("/api/v2/services/pricing")
			.header("Content-Type", "application/json")
			.bodyValue("{}")
			.exchange();
	}

}
