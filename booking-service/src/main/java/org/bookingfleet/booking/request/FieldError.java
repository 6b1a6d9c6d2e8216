package org.bookingfleet.booking.request;

public record FieldError(String field, String message) {
}
