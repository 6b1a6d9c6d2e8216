package org.bookingfleet.pricing.geo;

import java.util.Optional;

/**
 * Coordinates the client sent win; otherwise the geocoder decides, and an address it
 * cannot place stays unplaced.
 */
public final class AddressLocator {

	private final Geocoder geocoder;

	public AddressLocator(Geocoder geocoder) {
		this.geocoder = geocoder;
	}

	public Placement place(Address address) {
		if (address == null) {
			return new Placement.Unplaced("address", "an address is needed");
		}
		return address.coordinates().<Placement>map(Placement.Placed::new).orElseGet(() -> geocoder.place(address));
	}

	public Optional<Coordinates> locate(Address address) {
		return place(address) instanceof Placement.Placed placed ? Optional.of(placed.coordinates()) : Optional.empty();
	}

}
