package org.bookingfleet.sandbox.partners.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Sends a partner's webhook the way the partner does: {@code POST /sandbox/webhooks/ghl}
 * or {@code /proof} with the event as its JSON body delivers that body to the receiver,
 * signed with HMAC-SHA256 over {@code "<unix seconds>.<body>"} under the partner's
 * webhook secret, the time in {@code X-GHL-Timestamp} or {@code X-Proof-Timestamp} and
 * the signature in {@code X-GHL-Signature} or {@code X-Proof-Signature}. It answers with
 * the receiver's status and body.
 */
final class WebhookDeliveries implements HttpHandler {

	record Partner(String name, URI receiver, String secret) {
	}

	private final Map<String, Partner> partners;

	private final Clock clock;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	WebhookDeliveries(Map<String, Partner> partners, Clock clock) {
		this.partners = partners;
		this.clock = clock;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			Partner partner = this.partners.get(path.substring(path.lastIndexOf('/') + 1));
			if (!exchange.getRequestMethod().equals("POST") || partner == null) {
				Exchanges.error(exchange, 404, "POST /sandbox/webhooks/ghl or /sandbox/webhooks/proof with the event");
				return;
			}
			byte[] body = Exchanges.body(exchange).getBytes(StandardCharsets.UTF_8);
			long sent = this.clock.instant().getEpochSecond();
			HttpRequest delivery = HttpRequest.newBuilder(partner.receiver())
				.timeout(Duration.ofSeconds(10))
				.header("Content-Type", "application/json")
				.header("X-" + partner.name() + "-Timestamp", String.valueOf(sent))
				.header("X-" + partner.name() + "-Signature", sign(partner.secret(), sent, body))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build();
			HttpResponse<String> answer;
			try {
				answer = this.http.send(delivery, HttpResponse.BodyHandlers.ofString());
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				Exchanges.error(exchange, 503, "interrupted while delivering");
				return;
			}
			catch (IOException unreachable) {
				Exchanges.error(exchange, 502, "the receiver " + partner.receiver() + " did not answer");
				return;
			}
			JsonObject result = new JsonObject();
			result.addProperty("status", answer.statusCode());
			result.addProperty("body", answer.body());
			Exchanges.answer(exchange, 200, result);
		}
	}

	static String sign(String secret, long epochSecond, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((epochSecond + ".").getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
