package org.bookingfleet.booking.bookings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a booking was made with and keeps: who, what, the locked quote and its figures.
 * {@code amountDueCents} is the part of the quoted price due now; it rises only when a
 * fee is charged after the customer paid more than it. {@code language} and
 * {@code channels} say how the customer hears about it (null for bookings made before
 * they were recorded). JSON columns ({@code address}, {@code attendees}, {@code quote})
 * are kept as written at creation.
 */
public record BookingDetails(UUID id, String serviceId, long providerId, String customerId, String accessTokenDigest,
		String customerName, String customerEmail, String customerPhone, String timeZone, int seats, String address,
		String promoCode, String specialInstructions, String attendees, String quote, String currency, long totalCents,
		long depositCents, long amountDueCents, boolean approvalRequired, UUID seriesId, Integer seriesIndex,
		Instant createdAt, String language, List<String> channels) {

	public BookingDetails {
		channels = channels == null ? null : List.copyOf(channels);
	}

	public BookingDetails withAmountDue(long cents) {
		return new BookingDetails(id, serviceId, providerId, customerId, accessTokenDigest, customerName, customerEmail,
				customerPhone, timeZone, seats, address, promoCode, specialInstructions, attendees, quote, currency,
				totalCents, depositCents, cents, approvalRequired, seriesId, seriesIndex, createdAt, language,
				channels);
	}

	/**
	 * The price of a rescheduled booking: the new time's quote, its figures and the part
	 * of it due now.
	 */
	public BookingDetails repriced(String newQuote, long newTotalCents, long newDepositCents, long newAmountDueCents) {
		return new BookingDetails(id, serviceId, providerId, customerId, accessTokenDigest, customerName, customerEmail,
				customerPhone, timeZone, seats, address, promoCode, specialInstructions, attendees, newQuote, currency,
				newTotalCents, newDepositCents, newAmountDueCents, approvalRequired, seriesId, seriesIndex, createdAt,
				language, channels);
	}

	public BookingDetails withAddress(String newAddress) {
		return new BookingDetails(id, serviceId, providerId, customerId, accessTokenDigest, customerName, customerEmail,
				customerPhone, timeZone, seats, newAddress, promoCode, specialInstructions, attendees, quote, currency,
				totalCents, depositCents, amountDueCents, approvalRequired, seriesId, seriesIndex, createdAt, language,
				channels);
	}

	/** The party of a booking: its attendees (as JSON) and the seats they take. */
	public BookingDetails withParty(int newSeats, String newAttendees) {
		return new BookingDetails(id, serviceId, providerId, customerId, accessTokenDigest, customerName, customerEmail,
				customerPhone, timeZone, newSeats, address, promoCode, specialInstructions, newAttendees, quote,
				currency, totalCents, depositCents, amountDueCents, approvalRequired, seriesId, seriesIndex, createdAt,
				language, channels);
	}

	public BookingDetails withContact(String name, String email, String phone, String notes) {
		return new BookingDetails(id, serviceId, providerId, customerId, accessTokenDigest,
				name == null ? customerName : name.strip(), email == null ? customerEmail : email,
				phone == null ? customerPhone : phone, timeZone, seats, address, promoCode,
				notes == null ? specialInstructions : notes, attendees, quote, currency, totalCents, depositCents,
				amountDueCents, approvalRequired, seriesId, seriesIndex, createdAt, language, channels);
	}
}
