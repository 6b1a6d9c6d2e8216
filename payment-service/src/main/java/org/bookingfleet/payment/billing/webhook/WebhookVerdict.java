package org.bookingfleet.payment.billing.webhook;

import com.stripe.model.Event;

public sealed interface WebhookVerdict {

	record Verified(Event event) implements WebhookVerdict {
	}

	record Refused(String reason) implements WebhookVerdict {
	}

}
