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
@EventContract(type = "BookingConfirmed", topic = Topics.BOOKING, key = "bookingId",
		aggregateVersion = "bookingVersion")
public record BookingConfirmed(UUID bookingId, String serviceId, String serviceName, String serviceType,
		long providerId, Instant start, Instant end, String timeZone, Customer customer, List<Attendee> attendees,
		String address, String promoCode, PriceSnapshot price, String invoiceNumber, long bookingVersion) {
	/**
	 * The contract before it carried the booking's version ({@code bookingVersion}, 0
	 * here).
	 */
	public BookingConfirmed(UUID bookingId, String serviceId, String serviceName, String serviceType, long providerId,
			Instant start, Instant end, String timeZone, Customer customer, List<Attendee> attendees, String address,
			String promoCode, PriceSnapshot price, String invoiceNumber) {
		this(bookingId, serviceId, serviceName, serviceType, providerId, start, end, timeZone, customer, attendees,
				address, promoCode, price, invoiceNumber, 0);
	}

	/** A confirmation that names no invoice. */
	public BookingConfirmed(UUID bookingId, String serviceId, String serviceName, String serviceType, long providerId,
			Instant start, Instant end, String timeZone, Customer customer, List<Attendee> attendees, String address,
			String promoCode, PriceSnapshot price) {
		this(bookingId, serviceId, serviceName, serviceType, providerId, start, end, timeZone, customer, attendees,
				address, promoCode, price, null);
	}

}
