package org.bookingfleet.payment.billing.internal.web;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.bookingfleet.payment.billing.internal.store.RefundIssuing;
import org.bookingfleet.payment.billing.refund.Refund;
import org.bookingfleet.payment.billing.refund.RefundRequest;
import org.bookingfleet.platform.security.Callers;
import org.bookingfleet.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

@RestController
class RefundController {

	private final RefundIssuing refunds;

	private final Callers callers;

	RefundController(RefundIssuing refunds, Callers callers) {
		this.refunds = refunds;
		this.callers = callers;
	}

	/**
	 * An admin's refund: {@code amountCents} absent means everything still refundable.
	 * The same {@code Idempotency-Key} answers with the first refund; without one, each
	 * request is a new refund.
	 */
	@PostMapping("/api/v2/payments/{id}/refunds")
	Mono<ResponseEntity<RefundView>> refund(@PathVariable UUID id, @RequestBody(required = false) RefundBody body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			ServerWebExchange exchange) {
		RefundBody request = body == null ? new RefundBody(null, null, Map.of()) : body;
		String key = idempotencyKey == null || idempotencyKey.isBlank() ? "admin-" + UUID.randomUUID()
				: "admin-" + idempotencyKey;
		return callers.signedIn(exchange)
			.flatMap(caller -> caller.isAdmin() ? Mono.just(caller)
					: Mono.error(ApiException.forbidden("only admins refund")))
			.map(admin -> request.toRequest(key))
			.flatMap(refundRequest -> refunds.request(id, refundRequest))
			.map(refund -> ResponseEntity.status(HttpStatus.CREATED).body(RefundView.of(refund)));
	}

	/**
	 * Money is read as sent, or not at all: {@code 1.5} is not one cent, {@code "100"} is
	 * not a number, and a key this body does not know ({@code "amount": 500}) is refused
	 * rather than ignored, which would leave the amount absent and refund everything.
	 */
	record RefundBody(JsonNode amountCents, String reason, @JsonAnySetter Map<String, Object> unknown) {

		/**
		 * The refund asked for, or a 400 naming the field at fault; the refundable amount
		 * is checked later.
		 */
		RefundRequest toRequest(String key) {
			if (unknown != null && !unknown.isEmpty()) {
				String name = unknown.keySet().iterator().next();
				throw ApiException.validation(name, "a refund takes only amountCents and reason");
			}
			if (amountCents == null || amountCents.isNull()) {
				return RefundRequest.full(key, reason);
			}
			if (!amountCents.isIntegralNumber() || !amountCents.canConvertToLong() || amountCents.longValue() < 1) {
				throw ApiException.validation("amountCents", "amountCents is a whole number of cents above zero");
			}
			return RefundRequest.partial(key, amountCents.longValue(), reason);
		}

	}

	record RefundView(UUID refundId, UUID paymentId, long amountCents, String status, String stripeRefundId,
			String reason) {

		static RefundView of(Refund refund) {
			return new RefundView(refund.id(), refund.paymentId(), refund.amountCents(), refund.status().name(),
					refund.stripeRefundId(), refund.reason());
		}

	}

}
