package org.bookingfleet.integration.job.internal.web;

import java.time.Clock;
import java.util.Map;

import org.bookingfleet.integration.IntegrationProperties;
import org.bookingfleet.integration.job.internal.store.PartnerWebhookEvents;
import org.bookingfleet.integration.job.internal.store.RonSessions;
import org.bookingfleet.integration.notarization.SessionStatus;
import org.bookingfleet.integration.webhook.WebhookSignature;
import org.bookingfleet.platform.web.ApiException;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Inbound partner webhooks. The signature is checked over the delivery's time and the raw
 * body, and the time against the tolerance, before anything is read or stored; each event
 * is stored once (by the partner's event id, or the body's digest when it has none) and
 * handled once.
 */
@RestController
@RequestMapping("/api/v2/webhooks")
class PartnerWebhooks {

	static final String GHL_TIMESTAMP = "X-GHL-Timestamp";
	static final String PROOF_TIMESTAMP = "X-Proof-Timestamp";

	private final WebhookSignature ghlSignature;

	private final WebhookSignature proofSignature;

	private final PartnerWebhookEvents webhookEvents;

	private final TransactionalOperator transaction;

	private final Clock clock;

	private final RonSessions ronSessions;

	PartnerWebhooks(IntegrationProperties settings, PartnerWebhookEvents webhookEvents,
			TransactionalOperator transaction, RonSessions ronSessions, Clock clock) {
		this.ronSessions = ronSessions;
		this.ghlSignature = new WebhookSignature(settings.webhooks().ghlSecret());
		this.proofSignature = new WebhookSignature(settings.webhooks().proofSecret());
		this.webhookEvents = webhookEvents;
		this.transaction = transaction;
		this.clock = clock;
	}

	@PostMapping("/ghl")
	Mono<Map<String, Object>> ghl(@RequestHeader(name = "X-GHL-Signature", required = false) String signature,
			@RequestHeader(name = GHL_TIMESTAMP, required = false) String timestamp,
			@RequestBody(required = false) byte[] body) {
		return receive("GOHIGHLEVEL", ghlSignature, new Signed(GHL_TIMESTAMP, timestamp, signature), body,
				event -> Mono.empty());
	}

	@PostMapping("/proof")
	Mono<Map<String, Object>> proof(@RequestHeader(name = "X-Proof-Signature", required = false) String signature,
			@RequestHeader(name = PROOF_TIMESTAMP, required = false) String timestamp,
			@RequestBody(required = false) byte[] body) {
		return receive("PROOF", proofSignature, new Signed(PROOF_TIMESTAMP, timestamp, signature), body,
				this::proofEvent);
	}

	/**
	 * The delivery's time as the partner sent it, under the header it came in, and its
	 * signature.
	 */
	private record Signed(String timestampHeader, String timestamp, String signature) {
	}

	private Mono<Map<String, Object>> receive(String partner, WebhookSignature expected, Signed signed, byte[] body,
			java.util.function.Function<PartnerEvent, Mono<Void>> handle) {
		switch (expected.verify(signed.timestamp(), body, signed.signature(), clock.instant())) {
			case FORGED:
				return Mono.error(ApiException.unauthenticated("the webhook signature does not match"));
			case STALE:
				return Mono.error(ApiException.validation(signed.timestampHeader(), "the delivery is more than "
						+ WebhookSignature.TOLERANCE.toMinutes() + " minutes old or dated in the future"));
			case GENUINE:
				break;
		}
		PartnerEvent event;
		try {
			event = PartnerEvent.read(body);
		}
		catch (ApiException unreadable) {
			return Mono.error(unreadable);
		}
		Mono<Map<String, Object>> stored = webhookEvents
			.keepFirst(partner, event.id(), event.type(), body, clock.instant())
			.flatMap(first -> first
					? handle.apply(event).thenReturn(Map.<String, Object>of("received", true, "duplicate", false))
					: Mono.just(Map.<String, Object>of("received", true, "duplicate", true)));
		return transaction.transactional(stored);
	}

	/**
	 * Proof's events move the transaction's RON session forward: sent, received, in
	 * progress, completed, cancelled or expired. Events naming no status, or a status the
	 * session is past, change nothing.
	 */
	private Mono<Void> proofEvent(PartnerEvent event) {
		return event.transaction()
			.flatMap(transactionId -> SessionStatus.announcedBy(event.type())
				.map(status -> ronSessions.move(transactionId, status, clock.instant()).then()))
			.orElse(Mono.empty());
	}

}
