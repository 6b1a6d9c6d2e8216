package org.bookingfleet.events.catalog;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/**
 * A service the catalog changed, or told again in the form this catalog now writes it.
 *
 * @param service the service as other services need to know it
 * @param revision the catalog's revision of the service the event announces, higher with
 * every change; null from older producers
 */
@EventContract(type = "ServiceChanged", topic = Topics.CATALOG, key = "service.serviceId",
		aggregateVersion = "revision")
public record ServiceChanged(ServiceSnapshot service, Long revision) {

	/** The service as older producers announced it, without its revision. */
	public ServiceChanged(ServiceSnapshot service) {
		this(service, null);
	}

}
