package org.bookingfleet.pricing.geo;

/**
 * Turns an address without coordinates into a point. An address it cannot place is
 * {@link Placement.Unplaced}, naming the field to correct: never a guess.
 */
public interface Geocoder {

	Placement place(Address address);

}
