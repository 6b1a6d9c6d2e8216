package org.bookingfleet.sandbox.stripe.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.sun.net.httpserver.HttpServer;

import org.bookingfleet.sandbox.stripe.account.SandboxAccount;
import org.bookingfleet.sandbox.stripe.idempotency.IdempotencyKeys;
import org.bookingfleet.sandbox.stripe.webhook.EnabledEvents;
import org.bookingfleet.sandbox.stripe.webhook.RetrySchedule;
import org.bookingfleet.sandbox.stripe.webhook.WebhookDelivery;
import org.bookingfleet.sandbox.stripe.webhook.WebhookSigner;

/**
 * A local Stripe for development and tests. Configured by environment variables:
 * {@code SANDBOX_PORT} (8090), {@code SANDBOX_WEBHOOK_ENDPOINTS} (comma-separated URLs;
 * the local payment service), {@code SANDBOX_WEBHOOK_EVENTS} (the endpoints' enabled
 * event types, comma-separated; {@code *}, every type), {@code SANDBOX_WEBHOOK_SECRET}
 * ({@link #LOCAL_WEBHOOK_SECRET}) and {@code SANDBOX_WEBHOOK_ATTEMPTS} (8).
 */
public final class StripeSandbox implements AutoCloseable {

	/**
	 * The local fleet's signing secret; it is public on purpose, so any Stripe client can
	 * sign events for it.
	 */
	public static final String LOCAL_WEBHOOK_SECRET = "whsec_bookingfleet_local_sandbox";

	public static final int DEFAULT_PORT = 8090;

	/** Where the local fleet's payment service takes Stripe's webhooks. */
	public static final String LOCAL_PAYMENT_SERVICE = "http://localhost:8084/api/v2/webhooks/stripe";

	private static final Gson JSON = new GsonBuilder().serializeNulls().setPrettyPrinting().create();

	private final HttpServer server;

	private final ExecutorService workers;

	private final ScheduledExecutorService retries;

	private final SandboxAccount account;

	private final WebhookDelivery delivery;

	private final StripeApi api;

	private StripeSandbox(HttpServer server, ExecutorService workers, ScheduledExecutorService retries,
			SandboxAccount account, WebhookDelivery delivery, StripeApi api) {
		this.server = server;
		this.workers = workers;
		this.retries = retries;
		this.account = account;
		this.delivery = delivery;
		this.api = api;
	}

	public static StripeSandbox start(int port, List<URI> webhookEndpoints, String webhookSecret,
			RetrySchedule schedule) throws IOException {
		return start(port, webhookEndpoints, EnabledEvents.all(), webhookSecret, schedule);
	}

	/** A sandbox whose endpoints are sent only the enabled types of event. */
	public static StripeSandbox start(int port, List<URI> webhookEndpoints, EnabledEvents enabledEvents,
			String webhookSecret, RetrySchedule schedule) throws IOException {
		Clock clock = Clock.systemUTC();
		ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor();
		WebhookDelivery delivery = new WebhookDelivery(webhookEndpoints, enabledEvents,
				new WebhookSigner(webhookSecret), HttpClient.newBuilder().connectTimeout(schedule.timeout()).build(),
				retries, clock, schedule,
				(eventId, message) -> System.out.println("webhook " + eventId + ": " + message));
		SandboxAccount account = new SandboxAccount(clock, event -> delivery.send(event.get("id").getAsString(),
				event.get("type").getAsString(), JSON.toJson(event)));
		HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
		ExecutorService workers = Executors.newFixedThreadPool(8);
		server.setExecutor(workers);
		StripeApi api = new StripeApi(account, new IdempotencyKeys(clock));
		server.createContext("/v1/", api);
		server.createContext("/health", exchange -> {
			byte[] ok = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, ok.length);
			exchange.getResponseBody().write(ok);
			exchange.close();
		});
		server.start();
		return new StripeSandbox(server, workers, retries, account, delivery, api);
	}

	public SandboxAccount account() {
		return account;
	}

	/**
	 * Carries out the next {@code count} requests that carry an idempotency key but
	 * answers them with a 500, as when Stripe did the work and the answer was lost on the
	 * way: what a client's retry with the same key must survive.
	 */
	public void loseNextResponses(int count) {
		api.loseNextResponses(count);
	}

	public void deliverWebhooksTo(List<URI> endpoints) {
		delivery.deliverTo(endpoints);
	}

	public int port() {
		return server.getAddress().getPort();
	}

	public URI baseUrl() {
		return URI.create("http://localhost:" + port());
	}

	@Override
	public void close() {
		server.stop(0);
		workers.shutdownNow();
		retries.shutdownNow();
	}

	public static void main(String[] args) throws IOException {
		int port = Integer.parseInt(env("SANDBOX_PORT", String.valueOf(DEFAULT_PORT)));
		List<URI> endpoints = Arrays.stream(env("SANDBOX_WEBHOOK_ENDPOINTS", LOCAL_PAYMENT_SERVICE).split(","))
			.map(String::trim)
			.filter(url -> !url.isEmpty())
			.map(URI::create)
			.toList();
		EnabledEvents events = EnabledEvents.parse(env("SANDBOX_WEBHOOK_EVENTS", "*"));
		String secret = env("SANDBOX_WEBHOOK_SECRET", LOCAL_WEBHOOK_SECRET);
		int attempts = Integer.parseInt(env("SANDBOX_WEBHOOK_ATTEMPTS", "8"));
		StripeSandbox sandbox = start(port, endpoints, events, secret,
				new RetrySchedule(attempts, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofSeconds(10)));
		Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close));
		System.out.println("Stripe sandbox on " + sandbox.baseUrl() + ", webhooks of " + events + " to " + endpoints);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
