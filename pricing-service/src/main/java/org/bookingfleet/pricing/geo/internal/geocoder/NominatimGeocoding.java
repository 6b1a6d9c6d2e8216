package org.bookingfleet.pricing.geo.internal.geocoder;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.bookingfleet.pricing.geo.Address;
import org.bookingfleet.pricing.geo.Coordinates;
import org.bookingfleet.pricing.geo.Placement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import org.springframework.web.util.UriBuilder;
import reactor.core.publisher.Mono;

/**
 * A geocoding service that speaks Nominatim's search API
 * ({@code GET /search?format=jsonv2} with the structured fields street, city, state,
 * postalcode and countrycodes): OpenStreetMap's own servers, a self-hosted Nominatim or a
 * compatible commercial one. Coordinates the client sent still win. What the service
 * cannot place, or a service that fails or is slower than the timeout, leaves the address
 * to the shipped postcode table, so a down geocoder costs street-level precision, never a
 * quote.
 */
public final class NominatimGeocoding implements Geocoding {

	private static final Logger log = LoggerFactory.getLogger(NominatimGeocoding.class);

	private final WebClient web;

	private final Duration timeout;

	private final String email;

	private final Geocoding fallback;

	public NominatimGeocoding(WebClient web, GeocoderProperties.Nominatim settings, Geocoding fallback) {
		this.web = web;
		this.timeout = settings.timeout();
		this.email = settings.email();
		this.fallback = fallback;
	}

	@Override
	public Mono<Placement> place(Address address) {
		if (address == null || address.coordinates().isPresent() || searchFields(address).isEmpty()) {
			return fallback.place(address);
		}
		return search(address).timeout(timeout).onErrorResume(failure -> {
			log.warn("the geocoder could not place an address ({}); the postcode table places it", why(failure));
			return Mono.empty();
		}).<Placement>map(Placement.Placed::new).switchIfEmpty(Mono.defer(() -> fallback.place(address)));
	}

	private Mono<Coordinates> search(Address address) {
		Map<String, String> fields = searchFields(address);
		return web.get()
			.uri(uri -> query(uri, fields))
			.retrieve()
			.bodyToMono(Place[].class)
			.flatMap(places -> places.length == 0 ? Mono.empty() : Mono.just(places[0].coordinates()));
	}

	/** What failed, without the request's URI: its query holds the customer's address. */
	private static String why(Throwable failure) {
		return failure instanceof WebClientResponseException answer ? "HTTP " + answer.getStatusCode().value()
				: failure.getClass().getSimpleName();
	}

	private URI query(UriBuilder uri, Map<String, String> fields) {
		uri.path("/search").queryParam("format", "jsonv2").queryParam("limit", 1);
		// values as template variables: encoded strictly, so an '&' or '+' in a street
		// stays in the street
		fields.keySet().forEach(name -> uri.queryParam(name, "{" + name + "}"));
		return uri.build(fields);
	}

	private Map<String, String> searchFields(Address address) {
		Map<String, String> fields = new LinkedHashMap<>();
		put(fields, "street", address.line1());
		put(fields, "city", address.city());
		put(fields, "state", address.state());
		put(fields, "postalcode", address.postalCode());
		if (fields.isEmpty()) {
			return fields;
		}
		String country = address.country() == null ? "" : address.country().strip().toUpperCase(Locale.ROOT);
		switch (country) {
			case "" -> {
			}
			case "USA" -> fields.put("countrycodes", "us");
			case "UK" -> fields.put("countrycodes", "gb");
			default ->
				fields.put(country.matches("[A-Z]{2}") ? "countrycodes" : "country", country.toLowerCase(Locale.ROOT));
		}
		put(fields, "email", email);
		return fields;
	}

	private static void put(Map<String, String> fields, String name, String value) {
		if (value != null && !value.isBlank()) {
			fields.put(name, value.strip());
		}
	}

	/** One search result; Nominatim sends the degrees as strings. */
	record Place(String lat, String lon) {

		Coordinates coordinates() {
			return new Coordinates(Double.parseDouble(lat), Double.parseDouble(lon));
		}
	}

}
