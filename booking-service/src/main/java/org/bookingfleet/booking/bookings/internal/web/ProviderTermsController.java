package org.bookingfleet.booking.bookings.internal.web;

import org.bookingfleet.booking.bookings.internal.store.Providers;
import org.bookingfleet.booking.policy.ProviderTerms;
import org.bookingfleet.platform.security.Callers;
import org.bookingfleet.platform.web.ApiException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A provider's booking terms: whether it approves bookings before they are confirmed,
 * whether customers pay on site.
 */
@RestController
@RequestMapping("/api/v2/bookings/terms/{providerId}")
class ProviderTermsController {

	private final Providers providers;

	private final Callers callers;

	ProviderTermsController(Providers providers, Callers callers) {
		this.providers = providers;
		this.callers = callers;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ProviderTerms> get(@PathVariable long providerId, ServerWebExchange exchange) {
		return allowed(providerId, exchange).then(providers.termsOf(providerId));
	}

	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ProviderTerms> set(@PathVariable long providerId, @RequestBody ProviderTerms terms,
			ServerWebExchange exchange) {
		return allowed(providerId, exchange).then(providers.setTerms(providerId, terms)).thenReturn(terms);
	}

	private Mono<Void> allowed(long providerId, ServerWebExchange exchange) {
		return callers.signedIn(exchange)
			.filter(caller -> caller.isAdmin() || caller.isProvider(providerId))
			.switchIfEmpty(Mono.error(() -> ApiException.forbidden("only the provider or an admin")))
			.then();
	}

}
