package org.bookingfleet.payment.billing.internal.web;

import java.util.UUID;

import org.bookingfleet.payment.billing.intent.BookingCredentials;
import org.bookingfleet.payment.billing.internal.store.BookingPayments;
import org.bookingfleet.payment.billing.internal.store.IntentView;
import org.bookingfleet.platform.security.Callers;
import org.bookingfleet.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@RestController
class PaymentController {

	private final BookingPayments bookingPayments;

	private final Callers callers;

	private final GuestLinks links;

	PaymentController(BookingPayments bookingPayments, Callers callers, GuestLinks links) {
		this.links = links;
		this.bookingPayments = bookingPayments;
		this.callers = callers;
	}

	/**
	 * 200 with the client secret once Stripe has created the intent; 202 while Stripe is
	 * being retried.
	 */
	@PostMapping("/api/v2/payments/intent")
	Mono<ResponseEntity<IntentView>> requestIntent(@RequestBody IntentRequest request, ServerWebExchange exchange) {
		if (request == null || request.bookingId() == null) {
			return Mono.error(ApiException.validation("bookingId", "bookingId is required"));
		}
		return credentials(exchange)
			.flatMap(credentials -> bookingPayments.requestIntent(request.bookingId(), credentials))
			.map(view -> ResponseEntity.status("CREATING".equals(view.status()) ? HttpStatus.ACCEPTED : HttpStatus.OK)
				.body(view));
	}

	@GetMapping("/api/v2/payments/intent")
	Mono<IntentView> currentIntent(@RequestParam UUID bookingId, ServerWebExchange exchange) {
		return credentials(exchange).flatMap(credentials -> bookingPayments.currentIntent(bookingId, credentials));
	}

	@PostMapping("/api/v2/payments/confirm")
	Mono<IntentView> confirm(@RequestBody ConfirmRequest request, ServerWebExchange exchange) {
		if (request == null || request.paymentIntentId() == null || request.paymentIntentId().isBlank()) {
			return Mono.error(ApiException.validation("paymentIntentId", "paymentIntentId is required"));
		}
		return credentials(exchange)
			.flatMap(credentials -> bookingPayments.confirm(request.paymentIntentId(), credentials));
	}

	@GetMapping("/api/v2/payments/{id}")
	Mono<IntentView> payment(@PathVariable UUID id, ServerWebExchange exchange) {
		return credentials(exchange).flatMap(credentials -> bookingPayments.payment(id, credentials));
	}

	private Mono<BookingCredentials> credentials(ServerWebExchange exchange) {
		String token = GuestLinks.bookingToken(exchange);
		return callers.of(exchange)
			.map(caller -> new BookingCredentials(caller.subject(), caller.isAdmin(), token,
					links.linkedBooking(exchange)));
	}

	record IntentRequest(UUID bookingId) {
	}

	record ConfirmRequest(String paymentIntentId) {
	}

}
