package org.bookingfleet.pricing.catalog.internal.web;

import java.util.List;
import java.util.Map;

import org.bookingfleet.platform.security.Caller;
import org.bookingfleet.platform.security.Callers;
import org.bookingfleet.platform.web.ApiException;
import org.bookingfleet.pricing.catalog.internal.store.CatalogReads;
import org.bookingfleet.pricing.catalog.internal.store.ServiceDefinitions;
import org.bookingfleet.pricing.catalog.internal.store.TaxJurisdictions;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Admins define and change services and list the whole catalog, inactive services too;
 * each change is a new revision announced on catalog.events. Quotes given before a change
 * keep their price: the price is signed into their token.
 */
@RestController
class AdminServiceController {

	private final ServiceDefinitions services;

	private final TaxJurisdictions jurisdictions;

	private final CatalogReads catalog;

	private final Callers callers;

	AdminServiceController(ServiceDefinitions services, TaxJurisdictions jurisdictions, CatalogReads catalog,
			Callers callers) {
		this.services = services;
		this.jurisdictions = jurisdictions;
		this.catalog = catalog;
		this.callers = callers;
	}

	@PutMapping("/api/v2/services/{id}")
	Mono<ServiceView> define(@PathVariable String id, @RequestBody ServiceDefinitionBody body,
			ServerWebExchange exchange) {
		return admin(exchange).map(admin -> ServiceDefinitionInput.of(id, body))
			.flatMap(proposed -> jurisdictions.find(proposed.taxJurisdiction())
				.switchIfEmpty(Mono.error(() -> ApiException.validation("taxJurisdiction",
						"no tax jurisdiction " + proposed.taxJurisdiction())))
				.then(services.save(proposed)))
			.doOnNext(saved -> catalog.evict(saved.id()))
			.map(ServiceView::of);
	}

	/**
	 * Changes what the catalog's editor changes (name, description, duration, unit price,
	 * deposit, active); whatever is left out stays. A deactivated service leaves the
	 * public catalog and is no longer quoted; bookings made keep their price.
	 */
	@PatchMapping("/api/v2/services/{id}")
	Mono<ServiceView> change(@PathVariable String id, @RequestBody ServiceChangeBody body, ServerWebExchange exchange) {
		return admin(exchange).map(admin -> ServiceChangeInput.of(body))
			.flatMap(edit -> services.change(id, current -> ServiceChangeInput.applied(body, edit, current)))
			.switchIfEmpty(Mono.error(() -> new ApiException(HttpStatus.NOT_FOUND, "INVALID_SERVICE",
					"no service " + id + " in the catalog", null, Map.of())))
			.doOnNext(saved -> catalog.evict(saved.id()))
			.map(ServiceView::of);
	}

	/** The whole catalog for the editor: every service, inactive ones too. */
	@GetMapping(path = "/api/v2/services", params = "includeInactive=true")
	Mono<List<ServiceView>> everyService(ServerWebExchange exchange) {
		return admin(exchange).flatMap(admin -> services.all().map(ServiceView::of).collectList());
	}

	private Mono<Caller> admin(ServerWebExchange exchange) {
		return callers.signedIn(exchange)
			.filter(Caller::isAdmin)
			.switchIfEmpty(Mono.error(() -> ApiException.forbidden("only admins change the catalog")));
	}

}
