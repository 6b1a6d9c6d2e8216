package org.bookingfleet.events.booking;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/** The slot is booked and money is due now: {@code amountDueCents} before {@code payBy}. */
@EventContract(type = "BookingAwaitingPayment", topic = Topics.BOOKING)
public record BookingAwaitingPayment(UUID bookingId, String serviceId, long providerId, long amountDueCents,
		String currency, Instant payBy, Customer customer, PriceSnapshot price) {
}
