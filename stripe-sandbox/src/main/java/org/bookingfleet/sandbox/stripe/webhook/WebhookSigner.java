package org.bookingfleet.sandbox.stripe.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook payload as Stripe does:
 * {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.payload">}, keyed with the endpoint's
 * whole {@code whsec_} secret as UTF-8 bytes.
 */
public final class WebhookSigner {

	private final String signingSecret;

	public WebhookSigner(String signingSecret) {
		if (signingSecret == null || signingSecret.isEmpty()) {
			throw new IllegalArgumentException("a signing secret is required");
		}
		this.signingSecret = signingSecret;
	}

	public String header(String payload, Instant signedAt) {
		long timestamp = signedAt.getEpochSecond();
		return "t=" + timestamp + ",v1=" + hmacSha256(timestamp + "." + payload);
	}

	private String hmacSha256(String message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("every Java platform has HmacSHA256", ex);
		}
	}

}
