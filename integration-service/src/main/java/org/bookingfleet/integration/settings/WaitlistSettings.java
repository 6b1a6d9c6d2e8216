package org.bookingfleet.integration.settings;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** A waitlist offer names no time zone; its message tells the time in this one, and names it. */
@ConfigurationProperties("integration.waitlist")
public record WaitlistSettings(ZoneId timeZone) {

    public WaitlistSettings {
        timeZone = timeZone == null ? ZoneId.of("UTC") : timeZone;
    }
}
