package org.bookingfleet.booking.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /bookings} as the customer sent it; enum-like fields stay text
 * until checked. {@code language} (the booking page's, a tag such as "es-AR") and
 * {@code channels} (EMAIL, SMS, WHATSAPP) say how the customer hears about the booking.
 */
public record BookingRequest(String serviceId, String holdId, String quoteToken, String customerName,
		String customerEmail, String customerPhone, Instant scheduledDateTime, Address address, String promoCode,
		String specialInstructions, List<AttendeeRequest> attendees, RecurrenceRequest recurrence, String holdToken,
		Integer durationMinutes, String language, List<String> channels) {

	/** A request as clients sent it before it said how the customer hears from us. */
	public BookingRequest(String serviceId, String holdId, String quoteToken, String customerName, String customerEmail,
			String customerPhone, Instant scheduledDateTime, Address address, String promoCode,
			String specialInstructions, List<AttendeeRequest> attendees, RecurrenceRequest recurrence, String holdToken,
			Integer durationMinutes) {
		this(serviceId, holdId, quoteToken, customerName, customerEmail, customerPhone, scheduledDateTime, address,
				promoCode, specialInstructions, attendees, recurrence, holdToken, durationMinutes, null, null);
	}

	/**
	 * A request as clients sent it before holds carried tokens and lengths were chosen.
	 */
	public BookingRequest(String serviceId, String holdId, String quoteToken, String customerName, String customerEmail,
			String customerPhone, Instant scheduledDateTime, Address address, String promoCode,
			String specialInstructions, List<AttendeeRequest> attendees, RecurrenceRequest recurrence) {
		this(serviceId, holdId, quoteToken, customerName, customerEmail, customerPhone, scheduledDateTime, address,
				promoCode, specialInstructions, attendees, recurrence, null, null);
	}

	public record Address(String line1, String city, String state, String postalCode, String country, Double lat,
			Double lng) {
	}

	public record AttendeeRequest(String name, String email, List<RequirementRequest> requirements) {
	}

	public record RequirementRequest(String type, String priority, String details) {
	}

	public record RecurrenceRequest(String frequency, Integer count, LocalDate until, String onConflict) {
	}
}
