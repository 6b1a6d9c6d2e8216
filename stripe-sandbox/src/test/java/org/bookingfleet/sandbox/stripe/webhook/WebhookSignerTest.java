package org.bookingfleet.sandbox.stripe.webhook;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The sandbox's signatures are checked with stripe-java's own verification, as a real
 * Stripe client would.
 */
class WebhookSignerTest {

	private static final String SECRET = "whsec_sandbox_local_fleet";

	private static final Instant NOW = Instant.parse("2026-12-05T15:00:00Z");

	private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	private static final long TOLERANCE = 300;

	private static final String PAYLOAD = """
			{"id":"evt_1","object":"event","type":"payment_intent.succeeded","created":1796482800,\
			"data":{"object":{"id":"pi_1","object":"payment_intent","amount":5000}}}""";

	private final WebhookSigner signer = new WebhookSigner(SECRET);

	@Test
	void aSignedPayloadIsAcceptedByStripesOwnVerification() throws Exception {
		Event event = Webhook.constructEvent(PAYLOAD, signer.header(PAYLOAD, NOW), SECRET, TOLERANCE, CLOCK);

		assertThat(event.getId()).isEqualTo("evt_1");
		assertThat(event.getType()).isEqualTo("payment_intent.succeeded");
	}

	@Test
	void theHeaderIsExactlyTheOneStripeJavaWouldWrite() throws Exception {
		assertThat(signer.header(PAYLOAD, NOW))
			.isEqualTo(Webhook.Signature.generateSignatureHeader(PAYLOAD, SECRET, NOW.getEpochSecond()));
	}

	@Test
	void aVerifierWithAnotherSecretRefusesIt() {
		String header = signer.header(PAYLOAD, NOW);

		assertThatExceptionOfType(SignatureVerificationException.class)
			.isThrownBy(() -> Webhook.constructEvent(PAYLOAD, header, "whsec_other", TOLERANCE, CLOCK));
	}

	@Test
	void anAlteredBodyIsRefused() {
		String header = signer.header(PAYLOAD, NOW);

		assertThatExceptionOfType(SignatureVerificationException.class)
			.isThrownBy(() -> Webhook.constructEvent(PAYLOAD.replace("5000", "50"), header, SECRET, TOLERANCE, CLOCK));
	}

	@Test
	void aStaleTimestampIsRefused() {
		String header = signer.header(PAYLOAD, NOW.minusSeconds(TOLERANCE + 1));

		assertThatExceptionOfType(SignatureVerificationException.class)
			.isThrownBy(() -> Webhook.constructEvent(PAYLOAD, header, SECRET, TOLERANCE, CLOCK));
	}

	@Test
	void aMissingHeaderIsRefused() {
		assertThatExceptionOfType(SignatureVerificationException.class)
			.isThrownBy(() -> Webhook.constructEvent(PAYLOAD, "", SECRET, TOLERANCE, CLOCK));
	}

}
