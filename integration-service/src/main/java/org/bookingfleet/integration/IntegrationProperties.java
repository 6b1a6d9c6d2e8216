package org.bookingfleet.integration;

import java.time.Duration;
import java.util.Map;

import org.bookingfleet.integration.job.Partner;
import org.bookingfleet.integration.job.RetryPolicy;
import org.bookingfleet.integration.job.internal.partner.GoHighLevel;
import org.bookingfleet.integration.job.internal.store.Jobs;
import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("integration")
public record IntegrationProperties(String senderEmail, ProviderContact defaultProvider,
		Map<Long, ProviderContact> providers, Jobs jobs, Webhooks webhooks, Partners partners,
		Map<String, Resilience> resilience) {

	public IntegrationProperties {
		if (defaultProvider == null || defaultProvider.email() == null || defaultProvider.calendarId() == null) {
			throw new IllegalStateException("integration.default-provider (name, email, calendar-id) is required: "
					+ "it is the contact of every provider not listed under integration.providers");
		}
		providers = providers == null ? Map.of() : Map.copyOf(providers);
		resilience = resilience == null ? Map.of() : Map.copyOf(resilience);
	}

	/**
	 * Who a provider is to our partners: the name and address on messages, and the
	 * calendar to write to.
	 */
	public record ProviderContact(String name, String email, String calendarId) {
	}

	public record Jobs(Duration pollInterval, int batchSize, Duration lease, int maxAttempts, Duration initialBackoff,
			Duration maxBackoff, double jitter) {

		public RetryPolicy retryPolicy() {
			return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, jitter);
		}
	}

	public record Webhooks(String ghlSecret, String proofSecret) {
	}

	public record Partners(GoHighLevel gohighlevel, Endpoint googleCalendar, Endpoint proof, Messaging messaging) {
	}

	public record Endpoint(String baseUrl, String token) {
	}

	public record GoHighLevel(String baseUrl, String token, String locationId, String workflowId, String pipelineId,
			Map<String, String> stages) {
	}

	public record Messaging(String baseUrl, String accountSid, String token, String smsFrom, String whatsappFrom) {
	}

	public record Resilience(Duration timeout, int quickRetries, Duration quickRetryBackoff, float failureRateThreshold,
			int slidingWindow, int minimumCalls, Duration openFor, int halfOpenCalls, int maxConcurrentCalls) {
	}

	/**
	 * The provider's contact as configured under {@code integration.providers}, else the
	 * default provider's.
	 */
	public ProviderContact provider(long providerId) {
		return providers.getOrDefault(providerId, defaultProvider);
	}

	public boolean knowsProvider(long providerId) {
		return providers.containsKey(providerId);
	}

	public Resilience resilienceOf(Partner partner) {
		Resilience settings = resilience.get(partner.name().toLowerCase().replace('_', '-'));
		if (settings == null) {
			throw new IllegalStateException("no resilience settings for " + partner);
		}
		return settings;
	}
}
