package org.bookingfleet.availability.live;

import java.time.Instant;

/**
 * A change of a slot as subscribers of the live stream see it. The stream is anonymous,
 * so it says which time changed and never which hold or booking: a hold's id is for its
 * holder alone.
 */
public record SlotChange(String event, long providerId, String serviceId, Instant start, Instant end, int seats) {

	public static final String HELD = "slot.held";

	public static final String BOOKED = "slot.booked";

	public static final String RELEASED = "slot.released";

	public boolean concerns(Long provider, String service) {
		return (provider == null || provider == providerId) && (service == null || service.equals(serviceId));
	}
}
