package org.bookingfleet.availability.catalog;

import java.time.Duration;

import org.bookingfleet.availability.slot.ServiceTerms;

/** A catalog service as this service knows it from catalog.events. */
public record CatalogService(String id, String name, ServiceTerms terms, Duration minimumNotice, boolean active) {

    public boolean isSeated() {
        return terms.capacity() > 1;
    }
}
