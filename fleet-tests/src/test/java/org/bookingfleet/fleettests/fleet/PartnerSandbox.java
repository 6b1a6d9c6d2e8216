package org.bookingfleet.fleettests.fleet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;

/**
 * The partners of the integration service as the fleet under test meets them:
 * GoHighLevel, Google Calendar, Proof and the messaging API answer as the real ones do
 * and keep every request they got; email goes to the project's partner sandbox, whose
 * SMTP server keeps each message and whose {@code /sandbox/emails} shows them with their
 * attached files. The tests bring these servers on free loopback ports and point the
 * integration service at them through its configuration.
 */
public final class PartnerSandbox implements AutoCloseable {

	public record Call(String method, String path, String body) {
	}

	private final HttpServer http;

	private final org.bookingfleet.sandbox.partners.server.PartnerSandbox mail;

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	private volatile boolean reachable = true;

	private PartnerSandbox(HttpServer http, org.bookingfleet.sandbox.partners.server.PartnerSandbox mail) {
		this.http = http;
		this.mail = mail;
	}

	static PartnerSandbox start() {
		try {
			HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
			http.setExecutor(Executors.newFixedThreadPool(4));
			var mail = org.bookingfleet.sandbox.partners.server.PartnerSandbox.startOnLoopback(0, 0);
			PartnerSandbox sandbox = new PartnerSandbox(http, mail);
			http.createContext("/", sandbox::answer);
			http.start();
			return sandbox;
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot start the partner sandbox", e);
		}
	}

	Map<String, String> environment() {
		String base = "http://127.0.0.1:" + http.getAddress().getPort();
		return Map.of("GHL_BASE_URL", base + "/ghl", "GOOGLE_CALENDAR_BASE_URL", base + "/calendar/v3",
				"PROOF_BASE_URL", base + "/proof", "TWILIO_BASE_URL", base + "/twilio", "SMTP_HOST", "127.0.0.1",
				"SMTP_PORT", String.valueOf(mail.smtpPort()));
	}

	/**
	 * The partner sandbox's address: {@code /sandbox/emails} and each email's attachments
	 * under it.
	 */
	public URI emailSandbox() {
		return URI.create("http://127.0.0.1:" + mail.port());
	}

	public List<Call> calls() {
		return List.copyOf(calls);
	}

	public List<MimeMessage> mails() {
		return mail.emails().received();
	}

	/** While unreachable every partner answers 503, as a partner in an outage does. */
	public void reachable(boolean reachable) {
		this.reachable = reachable;
	}

	private void answer(HttpExchange exchange) throws IOException {
		try (exchange; InputStream in = exchange.getRequestBody()) {
			String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			String path = exchange.getRequestURI().getPath();
			if (!reachable) {
				send(exchange, 503, "{\"error\":\"maintenance\"}");
				return;
			}
			calls.add(new Call(exchange.getRequestMethod(), path, body));
			if (exchange.getRequestMethod().equals("DELETE")) {
				exchange.sendResponseHeaders(204, -1);
			}
			else if (path.startsWith("/ghl/contacts/upsert")) {
				send(exchange, 200, "{\"contact\":{\"id\":\"ct_" + unique() + "\"},\"new\":true}");
			}
			else if (path.startsWith("/proof/")) {
				String transaction = "ot_" + unique();
				send(exchange, 200, "{\"id\":\"" + transaction + "\",\"signing_link\":\"https://proof.example/sign/"
						+ transaction + "\"}");
			}
			else if (path.startsWith("/twilio/")) {
				send(exchange, 201, "{\"sid\":\"SM" + unique() + "\",\"status\":\"queued\"}");
			}
			else if (path.startsWith("/calendar/")) {
				send(exchange, 200, "{\"status\":\"confirmed\"}");
			}
			else {
				send(exchange, 200, "{}");
			}
		}
	}

	/** Partners name what they create with ids of their own, never the same twice. */
	private static String unique() {
		return java.util.UUID.randomUUID().toString().replace("-", "");
	}

	private static void send(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		http.stop(0);
		// HttpServer.stop leaves the executor it was given running: its threads would
		// keep the JVM alive.
		if (http.getExecutor() instanceof ExecutorService executor) {
			executor.shutdownNow();
		}
		mail.close();
	}

}
