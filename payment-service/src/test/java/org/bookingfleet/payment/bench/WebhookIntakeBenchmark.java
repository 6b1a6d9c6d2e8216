package org.bookingfleet.payment.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.bookingfleet.payment.PaymentApplication;
import org.bookingfleet.sandbox.stripe.webhook.WebhookSigner;
import org.bookingfleet.testsupport.RealInfrastructure;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Stripe webhook intake: throughput and latency p50/p99 of
 * {@code POST /api/v2/webhooks/stripe} over HTTP, each delivery a fresh signed event
 * checked with stripe-java and stored once in a real PostgreSQL. Events concern intents
 * the service does not know, so the figures are the intake itself. Prints figures;
 * asserts nothing. Run: mvn -q -f payment-service/pom.xml test-compile exec:java
 * -Dexec.classpathScope=test
 * -Dexec.mainClass=org.bookingfleet.payment.bench.WebhookIntakeBenchmark
 * [-Dexec.args="5000 32"]
 */
public final class WebhookIntakeBenchmark {

	private static final String SECRET = "whsec_benchmark";

	private WebhookIntakeBenchmark() {
	}

	public static void main(String[] args) {
		int events = (args.length > 0) ? Integer.parseInt(args[0]) : 5_000;
		int concurrency = (args.length > 1) ? Integer.parseInt(args[1]) : 32;
		System.setProperty("payment.stripe.webhook-secret", SECRET);
		System.setProperty("server.port", "0");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PaymentApplication.class)
			.initializers(new RealInfrastructure())
			.properties("logging.level.root=WARN", "logging.structured.format.console=")
			.run()) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			WebClient client = WebClient.create("http://localhost:" + port);
			WebhookSigner signer = new WebhookSigner(SECRET);
			measure("warm-up", Math.min(events, 500), concurrency, client, signer);
			for (int round = 1; round <= 3; round++) {
				measure("round " + round, events, concurrency, client, signer);
			}
		}
		System.exit(0);
	}

	private static void measure(String name, int events, int concurrency, WebClient client, WebhookSigner signer) {
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>(events));
		long start = System.nanoTime();
		long failures = Flux.range(0, events).flatMap(i -> {
			String payload = event();
			String signature = signer.header(payload, Instant.now());
			return Mono.defer(() -> {
				long sent = System.nanoTime();
				return client.post()
					.uri("/api/v2/webhooks/stripe")
					.contentType(MediaType.APPLICATION_JSON)
					.header("Stripe-Signature", signature)
					.bodyValue(payload)
					.exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value()))
					.doOnNext(status -> latencies.add(System.nanoTime() - sent));
			});
		}, concurrency).filter(status -> status != 200).count().toFuture().join();
		double seconds = (System.nanoTime() - start) / 1e9;
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		System.out.printf(
				"webhook intake %s: %d events, concurrency %d, %.0f events/s, p50 %.1f ms, p99 %.1f ms, "
						+ "non-200 answers %d%n",
				name, events, concurrency, events / seconds, percentile(sorted, 50), percentile(sorted, 99), failures);
	}

	private static double percentile(List<Long> sorted, int percentile) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

	private static String event() {
		String intent = "pi_bench_" + UUID.randomUUID().toString().replace("-", "");
		return """
				{"id":"evt_%s","object":"event","api_version":"2026-07-29.dahlia","created":%d,\
				"type":"payment_intent.succeeded","data":{"object":{"id":"%s","object":"payment_intent",\
				"amount":5000,"amount_received":5000,"currency":"usd","status":"succeeded","metadata":{}}}}"""
			.formatted(UUID.randomUUID().toString().replace("-", ""), Instant.now().getEpochSecond(), intent);
	}

}
