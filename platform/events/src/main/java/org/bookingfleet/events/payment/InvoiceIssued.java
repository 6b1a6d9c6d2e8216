package org.bookingfleet.events.payment;

import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/**
 * The booking's one invoice was issued, by the payment named. {@code paymentVersion} is
 * that payment's version after the success that issued it (0 in events of producers that
 * sent none).
 */
@EventContract(type = "InvoiceIssued", topic = Topics.PAYMENT, key = "bookingId", aggregateVersion = "paymentVersion")
public record InvoiceIssued(String invoiceNumber, UUID bookingId, UUID paymentId, long totalCents, String currency,
		Long paymentVersion) {

	public InvoiceIssued {
		paymentVersion = (paymentVersion != null) ? paymentVersion : 0L;
	}

	/** An invoice announced without its payment's version. */
	public InvoiceIssued(String invoiceNumber, UUID bookingId, UUID paymentId, long totalCents, String currency) {
		this(invoiceNumber, bookingId, paymentId, totalCents, currency, 0L);
	}

}
