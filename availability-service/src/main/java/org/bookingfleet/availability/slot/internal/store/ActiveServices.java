package org.bookingfleet.availability.slot.internal.store;

import org.bookingfleet.availability.catalog.CatalogService;
import reactor.core.publisher.Mono;

/**
 * The catalog's services that can be booked, as slots read them. The catalog feature
 * keeps them; the service's configuration joins it here.
 */
@FunctionalInterface
public interface ActiveServices {

	/** The active service of that id, or nothing. */
	Mono<CatalogService> findActive(String id);

}
