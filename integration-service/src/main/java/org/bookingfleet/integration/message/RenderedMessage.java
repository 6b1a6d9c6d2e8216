package org.bookingfleet.integration.message;

public record RenderedMessage(String subject, String body, String text) {
}
