package org.bookingfleet.integration.booking;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What this service knows of a booking, kept from the booking events it consumed. The
 * version is the booking aggregate's version, so an older event never overwrites a newer
 * picture.
 */
public record BookingSnapshot(UUID bookingId, long version, String serviceName, ServiceType serviceType,
		String providerName, String providerEmail, String providerCalendarId, ZoneId providerZone, Instant start,
		Instant end, Optional<String> address, Customer customer, List<Attendee> attendees) {

	public BookingSnapshot {
		Objects.requireNonNull(bookingId, "bookingId");
		Objects.requireNonNull(serviceName, "serviceName");
		Objects.requireNonNull(serviceType, "serviceType");
		Objects.requireNonNull(providerName, "providerName");
		Objects.requireNonNull(providerEmail, "providerEmail");
		Objects.requireNonNull(providerCalendarId, "providerCalendarId");
		Objects.requireNonNull(providerZone, "providerZone");
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		Objects.requireNonNull(address, "address");
		Objects.requireNonNull(customer, "customer");
		attendees = List.copyOf(attendees);
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("a booking ends after it starts");
		}
	}

	public boolean needsProviderAlert() {
		return attendees.stream().anyMatch(Attendee::hasCriticalRequirement);
	}

	public BookingSnapshot atVersion(long newVersion) {
		return movedTo(start, end, newVersion);
	}

	public BookingSnapshot movedTo(Instant newStart, Instant newEnd, long newVersion) {
		return new BookingSnapshot(bookingId, newVersion, serviceName, serviceType, providerName, providerEmail,
				providerCalendarId, providerZone, newStart, newEnd, address, customer, attendees);
	}
}
