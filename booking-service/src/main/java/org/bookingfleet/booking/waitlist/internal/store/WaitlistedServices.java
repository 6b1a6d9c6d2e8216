package org.bookingfleet.booking.waitlist.internal.store;

import org.bookingfleet.booking.catalog.CatalogService;
import reactor.core.publisher.Mono;

/**
 * The services a waitlist entry may name, as this service's copy of the catalog knows
 * them (joined to the catalog's store by the service's configuration).
 */
@FunctionalInterface
public interface WaitlistedServices {

	Mono<CatalogService> find(String serviceId);

}
