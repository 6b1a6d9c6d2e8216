package org.bookingfleet.pricing.geo.internal.geocoder;

import org.bookingfleet.pricing.geo.Address;
import org.bookingfleet.pricing.geo.AddressLocator;
import org.bookingfleet.pricing.geo.Placement;
import reactor.core.publisher.Mono;

/**
 * The client's coordinates, else the postcode tables held in memory: no I/O on the
 * request path.
 */
public final class OfflineGeocoding implements Geocoding {

	private final AddressLocator locator;

	public OfflineGeocoding(AddressLocator locator) {
		this.locator = locator;
	}

	@Override
	public Mono<Placement> place(Address address) {
		return Mono.fromSupplier(() -> locator.place(address));
	}

}
