package org.bookingfleet.payment.billing.internal.web;

import org.bookingfleet.payment.billing.internal.store.DueBookings;
import org.bookingfleet.payment.billing.internal.store.InvoiceDocument;
import org.bookingfleet.payment.billing.internal.store.Invoices;
import org.bookingfleet.platform.security.Caller;
import org.bookingfleet.platform.security.Callers;
import org.bookingfleet.platform.web.ApiException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /api/v2/invoices/{number}} as JSON and {@code GET
 * /api/v2/invoices/{number}.pdf}, for the owner, admins, and whoever follows a link of
 * the customer's messages ({@code ?link=}: an invoice link for this document, or a manage
 * link of its booking); anyone else gets 404, as for a number never issued. The PDF is
 * rendered off the event loop: the PDF library reads its fonts from the classpath.
 */
@RestController
class InvoiceController {

	private final Invoices invoices;

	private final DueBookings dueBookings;

	private final InvoicePdf pdf;

	private final Callers callers;

	private final GuestLinks links;

	InvoiceController(Invoices invoices, DueBookings dueBookings, InvoicePdf pdf, Callers callers, GuestLinks links) {
		this.links = links;
		this.invoices = invoices;
		this.dueBookings = dueBookings;
		this.pdf = pdf;
		this.callers = callers;
	}

	@GetMapping("/api/v2/invoices/{file}")
	Mono<ResponseEntity<Object>> invoice(@PathVariable String file, ServerWebExchange exchange) {
		boolean asPdf = file.endsWith(".pdf");
		String number = asPdf ? file.substring(0, file.length() - ".pdf".length()) : file;
		String token = GuestLinks.bookingToken(exchange);
		boolean linked = GuestLinks.link(exchange) != null;
		return callers.of(exchange)
			.flatMap(caller -> caller.isAnonymous() && token == null && !linked
					? Mono.error(ApiException
						.unauthenticated("sign in, send the booking's access token or follow the link you were sent"))
					: invoices.byNumber(number).filterWhen(invoice -> allowed(caller, token, invoice, exchange)))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("invoice")))
			.flatMap(invoice -> asPdf ? Mono.fromCallable(() -> pdf.render(invoice))
				.subscribeOn(Schedulers.boundedElastic())
				.map(bytes -> ResponseEntity.ok()
					.contentType(MediaType.APPLICATION_PDF)
					.header("Content-Disposition", "inline; filename=\"" + invoice.number() + ".pdf\"")
					.body((Object) bytes)) : Mono.just(ResponseEntity.ok().body((Object) invoice)));
	}

	/**
	 * An invoice its caller may not see is answered as one that does not exist, so
	 * invoice numbers cannot be counted by who gets a 403.
	 */
	private Mono<Boolean> allowed(Caller caller, String token, InvoiceDocument invoice, ServerWebExchange exchange) {
		if (caller.isAdmin() || links.opensDocument(exchange, invoice.number())
				|| invoice.bookingId().equals(links.linkedBooking(exchange))) {
			return Mono.just(true);
		}
		return dueBookings.byId(invoice.bookingId())
			.map(due -> due.isOwnedBy(false, caller.subject(), token))
			.defaultIfEmpty(false);
	}

}
