package org.bookingfleet.pricing.geo.internal.geocoder;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code pricing.geocoder}: {@code provider} {@code offline} (the default: the postcode
 * tables shipped with the service) or {@code nominatim} (a Nominatim-compatible search
 * API at {@code nominatim.base-url}, asked with {@code nominatim.user-agent} and, if set,
 * {@code nominatim.email}, for at most {@code nominatim.timeout}).
 */
@ConfigurationProperties("pricing.geocoder")
public record GeocoderProperties(String provider, Nominatim nominatim) {

	public GeocoderProperties {
		provider = provider == null || provider.isBlank() ? "offline" : provider.strip();
		nominatim = nominatim == null ? new Nominatim(null, null, null, null) : nominatim;
	}

	public record Nominatim(String baseUrl, String userAgent, String email, Duration timeout) {

		public Nominatim {
			timeout = timeout == null ? Duration.ofSeconds(2) : timeout;
		}
	}
}
