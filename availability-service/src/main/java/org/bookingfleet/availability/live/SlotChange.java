package org.bookingfleet.availability.live;

import java.time.Instant;
import java.util.UUID;

/** A change of a slot as subscribers of the live stream see it. */
public record SlotChange(String event, UUID reservationId, long providerId, String serviceId, Instant start,
                         Instant end, int seats) {

    public static final String HELD = "slot.held";
    public static final String BOOKED = "slot.booked";
    public static final String RELEASED = "slot.released";

    boolean concerns(Long provider, String service) {
        return (provider == null || provider == providerId) && (service == null || service.equals(serviceId));
    }
}
