package org.bookingfleet.integration.booking;

/** How a customer chose to hear from us. */
public enum Channel {
    EMAIL,
    SMS,
    WHATSAPP
}
