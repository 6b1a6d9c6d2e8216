package org.bookingfleet.pricing.geo;

import java.util.Optional;

/** Turns an address without coordinates into a point; empty when it cannot say where the address is. */
public interface Geocoder {

    Optional<Coordinates> locate(Address address);
}
