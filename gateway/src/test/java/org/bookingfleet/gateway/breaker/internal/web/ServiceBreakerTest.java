package org.bookingfleet.gateway.breaker.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.bookingfleet.gateway.TestFleet;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.ConnectionProvider;

/**
 * What a service's circuit breaker counts, against real services: availability healthy
 * but slow (or never answering a search for {@code day=never}), pricing answering 500,
 * booking stopped (a closed port).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "LOG_FORMAT=")
@AutoConfigureWebTestClient
// The concurrent healthy calls run before the thousand cancelled ones: a connection whose
// call was cancelled while the
// service still works on it must not be what the healthy calls measure (seen under CPU
// stress: one call then waited
// for the time limit).
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceBreakerTest {

	static final AtomicInteger searchesArrived = new AtomicInteger();

	static final AtomicInteger searchesAbandoned = new AtomicInteger();

	static final DisposableServer availability = HttpServer.create()
		.host("127.0.0.1")
		.port(0)
		.route(routes -> routes.get("/api/v2/availability", (request, response) -> {
			if (request.uri().contains("day=never")) {
				searchesArrived.incrementAndGet();
				return response.sendString(Mono.<String>never().doOnCancel(searchesAbandoned::incrementAndGet));
			}
			return response.header("Content-Type", "application/json")
				.sendString(Mono.delay(Duration.ofMillis(200)).thenReturn("[]"));
		}))
		.bindNow();

	static final DisposableServer pricing = HttpServer.create()
		.host("127.0.0.1")
		.port(0)
		.route(routes -> routes.get("/api/v2/services",
				(request, response) -> response.status(500)
					.header("Content-Type", "application/json")
					.sendString(Mono.just("{\"error\":{\"code\":\"INTERNAL\",\"message\":\"broken\"}}"))))
		.bindNow();

	static final int stoppedBookingPort = TestFleet.freePort();

	@LocalServerPort
	int port;

	@Autowired
	WebTestClient web;

	@Autowired
	CircuitBreakerRegistry breakers;

	@DynamicPropertySource
	static void fleet(DynamicPropertyRegistry registry) {
		registry.add("AVAILABILITY_URL", () -> "http://127.0.0.1:" + availability.port());
		registry.add("PRICING_URL", () -> "http://127.0.0.1:" + pricing.port());
		registry.add("BOOKING_URL", () -> "http://127.0.0.1:" + stoppedBookingPort);
		TestFleet.redis(registry);
		TestFleet.generousRateLimits(registry);
	}

	/**
	 * The stand-in services stop with the test JVM, not after the class: a test run again
	 * after a failure (surefire's rerun) finds them listening.
	 */
	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			availability.disposeNow();
			pricing.disposeNow();
		}));
	}

	@Test
	@Order(2)
	void cancelledRequestsLeaveTheBreakerClosed() {
		ConnectionProvider connections = ConnectionProvider.builder("cancelling-clients").maxConnections(100).build();
		WebClient clients = clientsOver(connections);
		for (int batch = 1; batch <= 20; batch++) {
			List<Disposable> waiting = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				waiting
					.add(clients.get().uri("/api/v2/availability?day=never").retrieve().toBodilessEntity().subscribe());
			}
			int arrived = batch * 50;
			await().atMost(Duration.ofSeconds(30)).until(() -> searchesArrived.get() >= arrived);
			waiting.forEach(Disposable::dispose);
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> searchesAbandoned.get() >= 1_000);
		connections.disposeLater().block();

		CircuitBreaker breaker = this.breakers.circuitBreaker("availability-service");
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
		this.web.get().uri("/api/v2/availability?day=2026-12-05").exchange().expectStatus().isOk();
	}

	@Test
	@Order(1)
	void manyConcurrentRequestsToASlowHealthyServiceAllAnswer() {
		ConnectionProvider connections = ConnectionProvider.builder("concurrent-clients").maxConnections(64).build();
		List<Integer> statuses = Flux.range(0, 64)
			.flatMap(
					i -> clientsOver(connections).get()
						.uri("/api/v2/availability?day=2026-12-05")
						.exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value())),
					64)
			.collectList()
			.block(Duration.ofSeconds(60));
		connections.disposeLater().block();

		assertThat(statuses).hasSize(64).containsOnly(200);
		assertThat(this.breakers.circuitBreaker("availability-service").getState())
			.isEqualTo(CircuitBreaker.State.CLOSED);
	}

	@Test
	void serviceAnswering500sOpensItsBreakerAndItsAnswersStillReachTheClient() {
		for (int i = 0; i < 10; i++) {
			this.web.get()
				.uri("/api/v2/services")
				.exchange()
				.expectStatus()
				.isEqualTo(500)
				.expectBody()
				.jsonPath("$.error.code")
				.isEqualTo("INTERNAL");
		}

		assertThat(this.breakers.circuitBreaker("pricing-service").getState()).isEqualTo(CircuitBreaker.State.OPEN);
		this.web.get()
			.uri("/api/v2/services")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("SERVICE_UNAVAILABLE")
			.jsonPath("$.error.details.service")
			.isEqualTo("pricing-service");
	}

	@Test
	void refusedConnectionsOpenTheBreaker() {
		for (int i = 0; i < 10; i++) {
			this.web.get()
				.uri("/api/v2/bookings/123")
				.header("X-Booking-Token", "guest-access-token")
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectBody()
				.jsonPath("$.error.details.service")
				.isEqualTo("booking-service");
		}

		assertThat(this.breakers.circuitBreaker("booking-service").getState()).isEqualTo(CircuitBreaker.State.OPEN);
	}

	private WebClient clientsOver(ConnectionProvider connections) {
		return WebClient.builder()
			.baseUrl("http://127.0.0.1:" + this.port)
			.clientConnector(new ReactorClientHttpConnector(HttpClient.create(connections)))
			.build();
	}

}
