package org.bookingfleet.events.booking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/**
 * The booking is firm: everything that follows a confirmation (CRM, calendar, RON,
 * messages, promo redemption) starts here. {@code invoiceNumber} names the booking's
 * invoice when a payment issued one before the confirmation (null otherwise).
 */
@EventContract(type = "BookingConfirmed", topic = Topics.BOOKING, key = "bookingId")
public record BookingConfirmed(UUID bookingId, String serviceId, String serviceName, String serviceType,
		long providerId, Instant start, Instant end, String timeZone, Customer customer, List<Attendee> attendees,
		String address, String promoCode, PriceSnapshot price, String invoiceNumber) {

	/** A confirmation that names no invoice. */
	public BookingConfirmed(UUID bookingId, String serviceId, String serviceName, String serviceType, long providerId,
			Instant start, Instant end, String timeZone, Customer customer, List<Attendee> attendees, String address,
			String promoCode, PriceSnapshot price) {
		this(bookingId, serviceId, serviceName, serviceType, providerId, start, end, timeZone, customer, attendees,
				address, promoCode, price, null);
	}

}
