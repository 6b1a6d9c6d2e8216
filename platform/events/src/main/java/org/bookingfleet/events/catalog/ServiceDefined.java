package org.bookingfleet.events.catalog;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

@EventContract(type = "ServiceDefined", topic = Topics.CATALOG)
public record ServiceDefined(ServiceSnapshot service) {
}
