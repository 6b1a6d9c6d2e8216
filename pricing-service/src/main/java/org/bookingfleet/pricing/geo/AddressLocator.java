package org.bookingfleet.pricing.geo;

import java.util.Optional;

/** Coordinates the client sent win; otherwise the geocoder decides, and an address it cannot place stays unplaced. */
public final class AddressLocator {

    private final Geocoder geocoder;

    public AddressLocator(Geocoder geocoder) {
        this.geocoder = geocoder;
    }

    public Optional<Coordinates> locate(Address address) {
        if (address == null) {
            return Optional.empty();
        }
        return address.coordinates().or(() -> geocoder.locate(address));
    }
}
