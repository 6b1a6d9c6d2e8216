package org.bookingfleet.events.booking;

import java.util.List;

/**
 * Who booked, and how they want to hear from us ({@code channels}: EMAIL, SMS, WHATSAPP).
 */
public record Customer(String name, String email, String phone, String language, List<String> channels) {
}
