package org.bookingfleet.events.payment;

import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/**
 * The customer's bank disputes a payment. {@code paymentVersion} is the payment's version
 * after the dispute was recorded (0 in events of producers that sent none).
 */
@EventContract(type = "DisputeOpened", topic = Topics.PAYMENT, key = "bookingId", aggregateVersion = "paymentVersion")
public record DisputeOpened(UUID paymentId, UUID bookingId, String disputeId, long amountCents, String reason,
		Long paymentVersion) {

	public DisputeOpened {
		paymentVersion = (paymentVersion != null) ? paymentVersion : 0L;
	}

	/** A dispute announced without the payment's version. */
	public DisputeOpened(UUID paymentId, UUID bookingId, String disputeId, long amountCents, String reason) {
		this(paymentId, bookingId, disputeId, amountCents, reason, 0L);
	}

}
