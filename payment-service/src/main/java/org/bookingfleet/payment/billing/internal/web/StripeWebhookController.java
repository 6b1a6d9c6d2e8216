package org.bookingfleet.payment.billing.internal.web;

import java.util.Map;

import org.bookingfleet.payment.billing.internal.store.WebhookIntake;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
class StripeWebhookController {

	private final WebhookIntake intake;

	StripeWebhookController(WebhookIntake intake) {
		this.intake = intake;
	}

	@PostMapping("/api/v2/webhooks/stripe")
	Mono<Map<String, Object>> receive(@RequestBody(required = false) String payload,
			@RequestHeader(name = "Stripe-Signature", required = false) String signature) {
		return intake.receive(payload, signature).map(first -> Map.of("received", true, "duplicate", !first));
	}

}
