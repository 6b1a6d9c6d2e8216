package org.bookingfleet.pricing.geo.internal.geocoder;

import org.bookingfleet.pricing.geo.Address;
import org.bookingfleet.pricing.geo.Placement;
import reactor.core.publisher.Mono;

/**
 * How a quote places its address: the shipped postcode table ({@link OfflineGeocoding},
 * the default) or a geocoding service ({@link NominatimGeocoding}); chosen by
 * {@code pricing.geocoder.provider}.
 */
public interface Geocoding {

	Mono<Placement> place(Address address);

}
