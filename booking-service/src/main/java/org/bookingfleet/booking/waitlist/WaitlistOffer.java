package org.bookingfleet.booking.waitlist;

import java.time.Instant;

public record WaitlistOffer(String entryId, ReleasedSlot slot, Instant expiresAt) {
}
