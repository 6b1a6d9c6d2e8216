package org.bookingfleet.events.availability;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/**
 * A provider's name as their schedule gives it, announced whenever the schedule is saved
 * with one, so messages, documents and calendar entries call the provider by name.
 */
@EventContract(type = "ProviderNamed", topic = Topics.AVAILABILITY, key = "providerId")
public record ProviderNamed(long providerId, String name) {
}
