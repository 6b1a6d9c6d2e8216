package org.bookingfleet.sandbox.stripe.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Sends each event of an enabled type to the configured endpoints as Stripe does: a JSON
 * POST signed afresh at every attempt, a 2xx answer within the timeout counts as
 * delivered, anything else is retried with doubling delays until the attempts run out.
 */
public final class WebhookDelivery {

	private final List<URI> endpoints = new CopyOnWriteArrayList<>();

	private final EnabledEvents enabled;

	private final WebhookSigner signer;

	private final HttpClient client;

	private final ScheduledExecutorService scheduler;

	private final Clock clock;

	private final RetrySchedule schedule;

	private final BiConsumer<String, String> log;

	public WebhookDelivery(List<URI> endpoints, EnabledEvents enabled, WebhookSigner signer, HttpClient client,
			ScheduledExecutorService scheduler, Clock clock, RetrySchedule schedule, BiConsumer<String, String> log) {
		this.endpoints.addAll(endpoints);
		this.enabled = Objects.requireNonNull(enabled, "enabled");
		this.signer = Objects.requireNonNull(signer, "signer");
		this.client = Objects.requireNonNull(client, "client");
		this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
		this.clock = Objects.requireNonNull(clock, "clock");
		this.schedule = Objects.requireNonNull(schedule, "schedule");
		this.log = Objects.requireNonNull(log, "log");
	}

	/** From now on, events go to these endpoints instead. */
	public void deliverTo(List<URI> newEndpoints) {
		endpoints.clear();
		endpoints.addAll(newEndpoints);
	}

	public void send(String eventId, String type, String payload) {
		if (!enabled.includes(type)) {
			return;
		}
		for (URI endpoint : endpoints) {
			attempt(endpoint, eventId, payload, 1);
		}
	}

	private void attempt(URI endpoint, String eventId, String payload, int attempt) {
		HttpRequest request = HttpRequest.newBuilder(endpoint)
			.timeout(schedule.timeout())
			.header("Content-Type", "application/json; charset=utf-8")
			.header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")
			.header("Stripe-Signature", signer.header(payload, clock.instant()))
			.POST(HttpRequest.BodyPublishers.ofString(payload))
			.build();
		client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
			if (failure == null && response.statusCode() / 100 == 2) {
				log.accept(eventId, "delivered to " + endpoint + " at attempt " + attempt);
				return;
			}
			String why = failure != null ? failure.getClass().getSimpleName() : "HTTP " + response.statusCode();
			if (attempt >= schedule.attempts()) {
				log.accept(eventId, "gave up on " + endpoint + " after " + attempt + " attempts (" + why + ")");
				return;
			}
			Duration delay = schedule.delayAfter(attempt);
			log.accept(eventId, why + " from " + endpoint + ", retrying in " + delay);
			scheduler.schedule(() -> attempt(endpoint, eventId, payload, attempt + 1), delay.toMillis(),
					TimeUnit.MILLISECONDS);
		});
	}

}
