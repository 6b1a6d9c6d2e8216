package org.bookingfleet.events.catalog;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/**
 * A service the catalog announces for the first time (or a seeded one nobody heard of
 * yet).
 *
 * @param service the service as other services need to know it
 * @param revision the catalog's revision of the service the event announces, higher with
 * every change; null from older producers
 */
@EventContract(type = "ServiceDefined", topic = Topics.CATALOG, key = "service.serviceId",
		aggregateVersion = "revision")
public record ServiceDefined(ServiceSnapshot service, Long revision) {

	/** The service as older producers announced it, without its revision. */
	public ServiceDefined(ServiceSnapshot service) {
		this(service, null);
	}

}
