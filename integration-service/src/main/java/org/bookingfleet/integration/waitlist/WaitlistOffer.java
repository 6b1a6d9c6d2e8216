package org.bookingfleet.integration.waitlist;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A released slot offered to the first customer in line until it expires. The offer names no language and no
 * time zone, so its message is told in every language we have, at the time of the zone configured for offers.
 */
public record WaitlistOffer(UUID offerId, UUID entryId, String serviceName, String providerName, ZoneId zone, Instant start,
                            Instant end, int seats, Instant expiresAt, String customerName,
                            Optional<String> customerEmail, Optional<String> customerPhone) {

    public WaitlistOffer {
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(providerName, "providerName");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(expiresAt, "expiresAt");
        customerName = customerName == null || customerName.isBlank() ? "" : customerName.strip();
        customerEmail = customerEmail.map(String::strip).filter(email -> !email.isEmpty());
        customerPhone = customerPhone.map(String::strip).filter(phone -> !phone.isEmpty());
    }

    public boolean reachable() {
        return customerEmail.isPresent() || customerPhone.isPresent();
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
