package org.bookingfleet.integration.booking;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What this service knows of a booking, kept from the booking events it consumed. The
 * version is the booking aggregate's version, so an older event never overwrites a newer
 * picture.
 */
public record BookingSnapshot(UUID bookingId, long version, String serviceName, ServiceType serviceType,
		String providerName, String providerEmail, String providerCalendarId, ZoneId providerZone, Instant start,
		Instant end, Optional<String> address, Customer customer, List<Attendee> attendees, Price price,
		Business business) {

	/** A booking whose business is not known here. */
	public BookingSnapshot(UUID bookingId, long version, String serviceName, ServiceType serviceType,
			String providerName, String providerEmail, String providerCalendarId, ZoneId providerZone, Instant start,
			Instant end, Optional<String> address, Customer customer, List<Attendee> attendees, Price price) {
		this(bookingId, version, serviceName, serviceType, providerName, providerEmail, providerCalendarId,
				providerZone, start, end, address, customer, attendees, price, null);
	}

	/**
	 * A booking whose price is not known here (snapshots kept before prices travelled).
	 */
	public BookingSnapshot(UUID bookingId, long version, String serviceName, ServiceType serviceType,
			String providerName, String providerEmail, String providerCalendarId, ZoneId providerZone, Instant start,
			Instant end, Optional<String> address, Customer customer, List<Attendee> attendees) {
		this(bookingId, version, serviceName, serviceType, providerName, providerEmail, providerCalendarId,
				providerZone, start, end, address, customer, attendees, null);
	}

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
		address = address == null ? Optional.empty() : address;
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("a booking ends after it starts");
		}
	}

	/** The business that sells it, when the catalog profiled it. */
	public Optional<Business> knownBusiness() {
		return Optional.ofNullable(business);
	}

	/** The same booking, signed by its business. */
	public BookingSnapshot soldBy(Business seller) {
		return new BookingSnapshot(bookingId, version, serviceName, serviceType, providerName, providerEmail,
				providerCalendarId, providerZone, start, end, address, customer, attendees, price, seller);
	}

	/**
	 * Where the customer goes: the booking's own address (a mobile appointment's), else
	 * for a course or a visit to the business its venue, the business's address; a remote
	 * notarization has none.
	 */
	public Optional<String> place() {
		if (address.isPresent() || serviceType == ServiceType.RON || serviceType == ServiceType.MOBILE) {
			return address;
		}
		return knownBusiness().flatMap(Business::venue);
	}

	/** What the booking costs, when the confirmation said. */
	public Optional<Price> knownPrice() {
		return Optional.ofNullable(price);
	}

	/**
	 * The attendees who get messages of their own: each with an email that is not the
	 * buyer's, once per address.
	 */
	public List<Attendee> otherAttendees() {
		Set<String> seen = new HashSet<>();
		seen.add(customer.email().strip().toLowerCase(Locale.ROOT));
		return attendees.stream()
			.filter(a -> a.email() != null && !a.email().isBlank())
			.filter(a -> seen.add(a.email().strip().toLowerCase(Locale.ROOT)))
			.toList();
	}

	public boolean needsProviderAlert() {
		return attendees.stream().anyMatch(Attendee::hasCriticalRequirement);
	}

	public BookingSnapshot atVersion(long newVersion) {
		return movedTo(start, end, newVersion);
	}

	public BookingSnapshot movedTo(Instant newStart, Instant newEnd, long newVersion) {
		return new BookingSnapshot(bookingId, newVersion, serviceName, serviceType, providerName, providerEmail,
				providerCalendarId, providerZone, newStart, newEnd, address, customer, attendees, price, business);
	}
}
