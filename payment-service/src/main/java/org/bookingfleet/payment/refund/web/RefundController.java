package org.bookingfleet.payment.refund.web;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.bookingfleet.payment.refund.Refund;
import org.bookingfleet.payment.refund.RefundRequest;
import org.bookingfleet.payment.refund.app.RefundIssuing;
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

@RestController
class RefundController {

	private final RefundIssuing refunds;

	private final Callers callers;

	RefundController(RefundIssuing refunds, Callers callers) {
		this.refunds = refunds;
		this.callers = callers;
	}

	/**
	 * An admin's refund: {@code amountCents} absent means everything still refundable. The same
	 * {@code Idempotency-Key} answers with the first refund; without one, each request is a new refund.
	 */
	@PostMapping("/api/v2/payments/{id}/refunds")
	Mono<ResponseEntity<RefundView>> refund(@PathVariable UUID id, @RequestBody(required = false) RefundBody body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			ServerWebExchange exchange) {
		RefundBody request = body == null ? new RefundBody(null, null) : body;
		String key = idempotencyKey == null || idempotencyKey.isBlank() ? "admin-" + UUID.randomUUID()
				: "admin-" + idempotencyKey;
		RefundRequest refundRequest = request.amountCents() == null ? RefundRequest.full(key, request.reason())
				: RefundRequest.partial(key, request.amountCents(), request.reason());
		return callers.signedIn(exchange)
			.flatMap(caller -> caller.isAdmin() ? Mono.just(caller)
					: Mono.error(ApiException.forbidden("only admins refund")))
			.flatMap(admin -> refunds.request(id, refundRequest))
			.map(refund -> ResponseEntity.status(HttpStatus.CREATED).body(RefundView.of(refund)));
	}

	record RefundBody(Long amountCents, String reason) {
	}

	record RefundView(UUID refundId, UUID paymentId, long amountCents, String status, String stripeRefundId,
			String reason) {

		static RefundView of(Refund refund) {
			return new RefundView(refund.id(), refund.paymentId(), refund.amountCents(), refund.status().name(),
					refund.stripeRefundId(), refund.reason());
		}

	}

}
