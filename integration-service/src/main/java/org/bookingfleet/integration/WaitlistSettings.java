package org.bookingfleet.integration;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How waitlist offers are told: in {@code timeZone} when an offer names no zone of its
 * own, and with a link to the booking page at {@code bookingPageUrl}, where the customer
 * takes the offer.
 */
@ConfigurationProperties("integration.waitlist")
public record WaitlistSettings(ZoneId timeZone, String bookingPageUrl) {

	public WaitlistSettings {
		timeZone = timeZone == null ? ZoneId.of("UTC") : timeZone;
		bookingPageUrl = bookingPageUrl == null || bookingPageUrl.isBlank() ? "http://localhost:8080" : bookingPageUrl;
	}
}
