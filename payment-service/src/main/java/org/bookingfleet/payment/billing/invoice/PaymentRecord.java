package org.bookingfleet.payment.billing.invoice;

import java.time.Instant;
import java.util.UUID;

/**
 * One payment recorded against an invoice: the first one issued it, later ones paid the
 * balance.
 */
public record PaymentRecord(UUID paymentId, Instant paidAt, long amountCents) {
}
