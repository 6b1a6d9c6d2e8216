package org.bookingfleet.pricing.geo.internal.geocoder;

import org.bookingfleet.pricing.geo.AddressLocator;
import org.bookingfleet.pricing.geo.PostcodeCentroids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The postcode tables are read once, at start; a geocoding service is used only when
 * configured.
 */
@Configuration(proxyBeanMethods = false)
class GeocodingConfiguration {

	private static final Logger log = LoggerFactory.getLogger(GeocodingConfiguration.class);

	@Bean
	PostcodeCentroids postcodeCentroids() {
		PostcodeCentroids centroids = PostcodeCentroids.bundled();
		log.info("{} US ZIP codes placed from {}", centroids.usZipCodes(), PostcodeCentroids.US_TABLE);
		return centroids;
	}

	@Bean
	Geocoding geocoding(GeocoderProperties properties, PostcodeCentroids centroids) {
		OfflineGeocoding offline = new OfflineGeocoding(new AddressLocator(centroids));
		return switch (properties.provider()) {
			case "offline" -> offline;
			case "nominatim" -> nominatim(properties.nominatim(), offline);
			default -> throw new IllegalStateException(
					"pricing.geocoder.provider is offline or nominatim, not " + properties.provider());
		};
	}

	private static Geocoding nominatim(GeocoderProperties.Nominatim settings, Geocoding offline) {
		if (settings.baseUrl() == null || settings.baseUrl().isBlank()) {
			throw new IllegalStateException(
					"pricing.geocoder.provider nominatim needs pricing.geocoder.nominatim.base-url");
		}
		if (settings.userAgent() == null || settings.userAgent().isBlank()) {
			throw new IllegalStateException("pricing.geocoder.provider nominatim needs "
					+ "pricing.geocoder.nominatim.user-agent (Nominatim's usage policy asks every client to name itself)");
		}
		WebClient web = WebClient.builder()
			.baseUrl(settings.baseUrl().strip())
			.defaultHeader("User-Agent", settings.userAgent())
			.build();
		log.info("addresses are placed by the geocoder at {}, the postcode table when it cannot", settings.baseUrl());
		return new NominatimGeocoding(web, settings, offline);
	}

}
