package org.bookingfleet.sandbox.partners.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The partners' webhooks leave the sandbox dated and signed over their time and body, as
 * the receiver checks them.
 */
class WebhookDeliveriesTest {

	private final Map<String, String> received = new ConcurrentHashMap<>();

	private HttpServer receiver;

	private PartnerSandbox sandbox;

	@BeforeEach
	void start() throws IOException {
		this.receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.receiver.createContext("/api/v2/webhooks/", exchange -> {
			try (exchange) {
				this.received.put("path", exchange.getRequestURI().getPath());
				exchange.getRequestHeaders()
					.forEach((name, values) -> this.received.put(name.toLowerCase(), values.get(0)));
				this.received.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
				exchange.sendResponseHeaders(200, -1);
			}
		});
		this.receiver.start();
		URI webhooks = URI.create("http://127.0.0.1:" + this.receiver.getAddress().getPort() + "/api/v2/webhooks/");
		this.sandbox = PartnerSandbox.start(0, 0, webhooks, "ghl-secret", "proof-secret");
	}

	@AfterEach
	void stop() {
		this.sandbox.close();
		this.receiver.stop(0);
	}

	@Test
	void aProofEventIsDeliveredWithItsTimeInsideTheSignature() throws Exception {
		String event = "{\"id\":\"evt_1\",\"type\":\"transaction.completed\",\"data\":{\"transaction_id\":\"ot_1\"}}";
		long before = Instant.now().getEpochSecond();

		HttpResponse<String> sent = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(this.sandbox.baseUrl().resolve("/sandbox/webhooks/proof"))
				.POST(HttpRequest.BodyPublishers.ofString(event))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(sent.statusCode()).isEqualTo(200);
		assertThat(this.received.get("path")).isEqualTo("/api/v2/webhooks/proof");
		assertThat(this.received.get("body")).isEqualTo(event);
		long timestamp = Long.parseLong(this.received.get("x-proof-timestamp"));
		assertThat(timestamp).isBetween(before, Instant.now().getEpochSecond());
		assertThat(this.received.get("x-proof-signature"))
			.isEqualTo(WebhookDeliveries.sign("proof-secret", timestamp, event.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void aGoHighLevelEventCarriesItsOwnTimeAndSignatureHeaders() throws Exception {
		HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(this.sandbox.baseUrl().resolve("/sandbox/webhooks/ghl"))
				.POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"evt_2\",\"type\":\"ContactTagUpdate\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(this.received.get("path")).isEqualTo("/api/v2/webhooks/ghl");
		long timestamp = Long.parseLong(this.received.get("x-ghl-timestamp"));
		assertThat(this.received.get("x-ghl-signature")).isEqualTo(WebhookDeliveries.sign("ghl-secret", timestamp,
				"{\"id\":\"evt_2\",\"type\":\"ContactTagUpdate\"}".getBytes(StandardCharsets.UTF_8)));
	}

}
