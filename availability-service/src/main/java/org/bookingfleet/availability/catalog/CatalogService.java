package org.bookingfleet.availability.catalog;

import java.time.Duration;
import java.util.OptionalInt;

import org.bookingfleet.availability.slot.ChosenLength;
import org.bookingfleet.availability.slot.ServiceTerms;
import org.bookingfleet.availability.slot.Validated;

/** A catalog service as this service knows it from catalog.events. */
public record CatalogService(String id, String name, ServiceTerms terms, Duration minimumNotice, boolean active) {

	public boolean isSeated() {
		return terms.capacity() > 1;
	}

	/**
	 * The service for appointments of the length asked for (its own or its shortest when
	 * none), or why not.
	 */
	public Validated<CatalogService> lasting(OptionalInt durationMinutes) {
		return ChosenLength.of(terms, durationMinutes)
			.fold(chosen -> Validated.valid(new CatalogService(id, name, chosen, minimumNotice, active)),
					Validated::invalid);
	}
}
