package org.bookingfleet.booking.bookings.internal.store;

import org.bookingfleet.booking.catalog.CatalogService;
import reactor.core.publisher.Mono;

/**
 * The services a booking may be made for, as this service's copy of the catalog knows
 * them (joined to the catalog's store by the service's configuration).
 */
@FunctionalInterface
public interface BookableServices {

	Mono<CatalogService> find(String serviceId);

}
