package org.bookingfleet.pricing.quote.internal.token;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code pricing.quotes}: how long a quote lives and the HMAC keys of quote tokens
 * (base64 secrets by key id). The active key signs; every listed key verifies, so a
 * retired key stays listed until its quotes expire.
 */
@ConfigurationProperties("pricing.quotes")
public record QuoteProperties(Duration lifetime, String activeKeyId, Map<String, String> keys) {

	public QuoteProperties {
		lifetime = lifetime == null ? Duration.ofMinutes(15) : lifetime;
		keys = keys == null ? Map.of() : Map.copyOf(keys);
	}
}
