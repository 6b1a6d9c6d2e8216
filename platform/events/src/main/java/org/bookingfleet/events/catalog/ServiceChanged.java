package org.bookingfleet.events.catalog;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

@EventContract(type = "ServiceChanged", topic = Topics.CATALOG, key = "service.serviceId")
public record ServiceChanged(ServiceSnapshot service) {
}
