package org.bookingfleet.payment.billing.webhook;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

import com.google.gson.JsonParseException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;

/**
 * Checks a {@code Stripe-Signature} header the way Stripe documents it, with
 * stripe-java's own verification: an HMAC-SHA256 of {@code "<t>.<payload>"} under the
 * endpoint's signing secret, signed at most five minutes ago. A timestamp more than the
 * tolerance ahead of this clock is refused as a stale one is (stripe-java checks only the
 * past): a signature dated in the future would otherwise stay replayable until that
 * future has passed.
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
		if (signedAfter(signatureHeader, clock.instant().getEpochSecond() + TOLERANCE.toSeconds())) {
			return new WebhookVerdict.Refused("timestamp is in the future, outside the tolerance zone");
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

	/**
	 * Whether the header's timestamp ({@code t=}) lies past the given second; an
	 * unreadable one is left to stripe-java.
	 */
	private static boolean signedAfter(String signatureHeader, long latestSecond) {
		for (String item : signatureHeader.split(",")) {
			String[] pair = item.trim().split("=", 2);
			if (pair.length == 2 && pair[0].equals("t")) {
				try {
					return Long.parseLong(pair[1].trim()) > latestSecond;
				}
				catch (NumberFormatException unreadable) {
					return false;
				}
			}
		}
		return false;
	}

}
