package org.bookingfleet.booking.bookings;

import java.time.Instant;
import java.util.UUID;
import org.bookingfleet.booking.terms.ProviderTerms;
import tools.jackson.databind.json.JsonMapper;

/** Assembles a PENDING booking from a checked request. */
final class NewBooking {

    private NewBooking() {
    }

    static Booking of(UUID id, CreationChecks.Checked checked, ProviderTerms terms, Viewer viewer, String tokenDigest,
            JsonMapper json, Instant now) {
        var request = checked.request();
        var quote = checked.quote();
        var hold = checked.hold();
        BookingDetails details = new BookingDetails(id, request.serviceId(), hold.providerId(), viewer.customerId(), tokenDigest,
                request.customerName().strip(), request.customerEmail(), request.customerPhone(), checked.service().zone().getId(),
                checked.valid().seats(), request.address() == null ? null : json.writeValueAsString(request.address()),
                quote.promoCode(), request.specialInstructions(), json.writeValueAsString(checked.valid().attendees()),
                json.writeValueAsString(quote), quote.currency(), quote.finalPriceCents(), quote.depositRequiredCents(),
                quote.amountDueNowCents(terms.payAtAppointment()), terms.approvalRequired(), null, null, now);
        return new Booking(details, BookingProgress.requested(hold.start(), hold.end(), hold.holdId(), now));
    }
}
