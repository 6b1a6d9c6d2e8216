package org.bookingfleet.booking.bookings.internal.store;

import java.util.UUID;

import org.bookingfleet.booking.catalog.KnownHold;
import reactor.core.publisher.Mono;

/**
 * The holds the availability service took for a waitlist offer, as this service heard
 * them (joined to the catalog's store of known holds by the service's configuration).
 */
@FunctionalInterface
public interface OfferedHolds {

	Mono<KnownHold> findOffered(UUID offerId);

}
