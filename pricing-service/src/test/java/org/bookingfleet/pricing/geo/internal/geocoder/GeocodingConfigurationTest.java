package org.bookingfleet.pricing.geo.internal.geocoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * Which geocoder the service starts with, and that a half-configured one stops the start
 * instead of failing later.
 */
class GeocodingConfigurationTest {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(GeocoderProperties.class)
	static class Properties {

	}

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(Properties.class, GeocodingConfiguration.class);

	@Test
	void theShippedTableIsTheDefault() {
		context.run(started -> assertThat(started).getBean(Geocoding.class).isInstanceOf(OfflineGeocoding.class));
	}

	@Test
	void nominatimIsUsedWhenChosenWithItsAddress() {
		context
			.withPropertyValues("pricing.geocoder.provider=nominatim",
					"pricing.geocoder.nominatim.base-url=http://127.0.0.1:9/nominatim",
					"pricing.geocoder.nominatim.user-agent=booking-fleet-test")
			.run(started -> assertThat(started).getBean(Geocoding.class).isInstanceOf(NominatimGeocoding.class));
	}

	@Test
	void nominatimWithoutItsAddressStopsTheStart() {
		context.withPropertyValues("pricing.geocoder.provider=nominatim", "pricing.geocoder.nominatim.base-url=")
			.run(started -> assertThat(started).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("pricing.geocoder.nominatim.base-url"));
	}

	@Test
	void unknownProviderStopsTheStart() {
		context.withPropertyValues("pricing.geocoder.provider=google")
			.run(started -> assertThat(started).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("offline or nominatim"));
	}

}
