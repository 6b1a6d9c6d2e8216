package org.bookingfleet.payment.webhook;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

import com.google.gson.JsonParseException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;

/**
 * Checks a {@code Stripe-Signature} header the way Stripe documents it, with stripe-java's own verification: an
 * HMAC-SHA256 of {@code "<t>.<payload>"} under the endpoint's signing secret, signed at most five minutes ago.
 */
public final class StripeSignatureCheck {

	public static final Duration TOLERANCE = Duration.ofSeconds(300);

	private final String signingSecret;

	private final Clock clock;

	public StripeSignatureCheck(String signingSecret, Clock clock) {
		if (signingSecret == null || signingSecret.isBlank()) {
			throw new IllegalArgumentException("a webhook signing secret is required");
		}
		this.signingSecret = signingSecret;
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	public WebhookVerdict verify(String payload, String signatureHeader) {
		if (signatureHeader == null || signatureHeader.isBlank()) {
			return new WebhookVerdict.Refused("missing Stripe-Signature header");
		}
		if (payload == null || payload.isEmpty()) {
			return new WebhookVerdict.Refused("empty payload");
		}
		try {
			return new WebhookVerdict.Verified(
					Webhook.constructEvent(payload, signatureHeader, signingSecret, TOLERANCE.toSeconds(), clock));
		}
		catch (SignatureVerificationException ex) {
			return new WebhookVerdict.Refused(ex.getMessage());
		}
		catch (JsonParseException | IllegalStateException ex) {
			return new WebhookVerdict.Refused("payload is not a Stripe event");
		}
	}

}
