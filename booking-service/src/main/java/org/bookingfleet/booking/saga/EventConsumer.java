package org.bookingfleet.booking.saga;

/** A service that reads an event of the saga, and what it does with it. */
public record EventConsumer(String service, String does) {
}
