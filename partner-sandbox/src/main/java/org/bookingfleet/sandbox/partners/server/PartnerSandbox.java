package org.bookingfleet.sandbox.partners.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

import org.bookingfleet.sandbox.partners.mail.CapturedEmails;
import org.bookingfleet.sandbox.partners.record.PartnerRecords;

/**
 * Local partners of the integration service for development and tests: GoHighLevel under
 * {@code /ghl}, Google Calendar under {@code /calendar/v3}, Proof under {@code /proof},
 * Twilio-compatible messaging under {@code /twilio}, and an SMTP server. What they
 * received is under {@code /sandbox}. Configured by environment variables:
 * {@code PARTNER_SANDBOX_PORT} (8091), {@code PARTNER_SANDBOX_SMTP_PORT} (3025), and for
 * the webhooks it sends {@code PARTNER_SANDBOX_WEBHOOK_RECEIVER}
 * ({@code http://localhost:8080/api/v2/webhooks/}), {@code GHL_WEBHOOK_SECRET} and
 * {@code PROOF_WEBHOOK_SECRET} (the integration service's local defaults).
 */
public final class PartnerSandbox implements AutoCloseable {

	public static final int DEFAULT_PORT = 8091;

	public static final int DEFAULT_SMTP_PORT = 3025;

	static final String DEFAULT_WEBHOOK_RECEIVER = "http://localhost:8080/api/v2/webhooks/";

	static final String DEFAULT_GHL_SECRET = "local-ghl-webhook-secret";

	static final String DEFAULT_PROOF_SECRET = "local-proof-webhook-secret";

	private final HttpServer server;

	private final ExecutorService workers;

	private final PartnerRecords records;

	private final CapturedEmails emails;

	private PartnerSandbox(HttpServer server, ExecutorService workers, PartnerRecords records, CapturedEmails emails) {
		this.server = server;
		this.workers = workers;
		this.records = records;
		this.emails = emails;
	}

	/**
	 * Port 0 for either picks a free one; webhooks go to the local gateway with the local
	 * secrets.
	 */
	public static PartnerSandbox start(int port, int smtpPort) throws IOException {
		return start(port, smtpPort, URI.create(DEFAULT_WEBHOOK_RECEIVER), DEFAULT_GHL_SECRET, DEFAULT_PROOF_SECRET);
	}

	/**
	 * On the loopback interface only, for tests on one machine; webhooks as
	 * {@link #start(int, int)}.
	 */
	public static PartnerSandbox startOnLoopback(int port, int smtpPort) throws IOException {
		return start("127.0.0.1", port, smtpPort, URI.create(DEFAULT_WEBHOOK_RECEIVER), DEFAULT_GHL_SECRET,
				DEFAULT_PROOF_SECRET, PartnerRecords.DEFAULT_KEEP);
	}

	/**
	 * {@code webhookReceiver} is where the partners' webhooks go,
	 * {@code …/api/v2/webhooks/} of the gateway.
	 */
	public static PartnerSandbox start(int port, int smtpPort, URI webhookReceiver, String ghlSecret,
			String proofSecret) throws IOException {
		return start(null, port, smtpPort, webhookReceiver, ghlSecret, proofSecret, PartnerRecords.DEFAULT_KEEP);
	}

	/**
	 * A null host listens on every interface; of each kind of record and of the emails
	 * the latest {@code keep} are kept.
	 */
	private static PartnerSandbox start(String host, int port, int smtpPort, URI webhookReceiver, String ghlSecret,
			String proofSecret, int keep) throws IOException {
		PartnerRecords records = new PartnerRecords(keep);
		CapturedEmails emails = CapturedEmails.listenOn(host == null ? "0.0.0.0" : host, smtpPort, keep);
		HttpServer server;
		try {
			server = HttpServer.create(host == null ? new InetSocketAddress(port) : new InetSocketAddress(host, port),
					0);
		}
		catch (IOException e) {
			emails.close();
			throw e;
		}
		ExecutorService workers = Executors.newFixedThreadPool(8);
		server.setExecutor(workers);
		PartnerApi partners = new PartnerApi(records);
		for (String prefix : new String[] { "/ghl/", "/calendar/v3/", "/proof/", "/twilio/" }) {
			server.createContext(prefix, partners);
		}
		server.createContext("/sandbox", new SandboxView(records, emails));
		server.createContext("/sandbox/webhooks/", new WebhookDeliveries(
				Map.of("ghl", new WebhookDeliveries.Partner("GHL", webhookReceiver.resolve("ghl"), ghlSecret), "proof",
						new WebhookDeliveries.Partner("Proof", webhookReceiver.resolve("proof"), proofSecret)),
				Clock.systemUTC()));
		server.createContext("/health", exchange -> {
			byte[] ok = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, ok.length);
			exchange.getResponseBody().write(ok);
			exchange.close();
		});
		server.start();
		return new PartnerSandbox(server, workers, records, emails);
	}

	public PartnerRecords records() {
		return records;
	}

	public CapturedEmails emails() {
		return emails;
	}

	public int port() {
		return server.getAddress().getPort();
	}

	public int smtpPort() {
		return emails.port();
	}

	public URI baseUrl() {
		return URI.create("http://localhost:" + port());
	}

	@Override
	public void close() {
		server.stop(0);
		workers.shutdownNow();
		emails.close();
	}

	public static void main(String[] args) throws IOException {
		int port = Integer.parseInt(env("PARTNER_SANDBOX_PORT", String.valueOf(DEFAULT_PORT)));
		int smtpPort = Integer.parseInt(env("PARTNER_SANDBOX_SMTP_PORT", String.valueOf(DEFAULT_SMTP_PORT)));
		int keep = Integer.parseInt(env("PARTNER_SANDBOX_KEEP", String.valueOf(PartnerRecords.DEFAULT_KEEP)));
		PartnerSandbox sandbox = start(null, port, smtpPort,
				URI.create(env("PARTNER_SANDBOX_WEBHOOK_RECEIVER", DEFAULT_WEBHOOK_RECEIVER)),
				env("GHL_WEBHOOK_SECRET", DEFAULT_GHL_SECRET), env("PROOF_WEBHOOK_SECRET", DEFAULT_PROOF_SECRET), keep);
		Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close));
		System.out.println("Partner sandbox on " + sandbox.baseUrl() + " (ghl, calendar/v3, proof, twilio; received "
				+ "under /sandbox), SMTP on port " + sandbox.smtpPort());
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
