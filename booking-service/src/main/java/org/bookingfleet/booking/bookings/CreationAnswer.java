package org.bookingfleet.booking.bookings;

/**
 * What {@code POST /bookings} answers: 201 or 202, the JSON body, and the Location of the
 * booking.
 */
public record CreationAnswer(int status, String body, String location) {
}
