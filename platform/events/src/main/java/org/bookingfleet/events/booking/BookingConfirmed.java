package org.bookingfleet.events.booking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/**
 * The booking is firm: everything that follows a confirmation (CRM, calendar, RON,
 * messages, promo redemption) starts here.
 */
@EventContract(type = "BookingConfirmed", topic = Topics.BOOKING, key = "bookingId")
public record BookingConfirmed(UUID bookingId, String serviceId, String serviceName, String serviceType,
		long providerId, Instant start, Instant end, String timeZone, Customer customer, List<Attendee> attendees,
		String address, String promoCode, PriceSnapshot price) {
}
