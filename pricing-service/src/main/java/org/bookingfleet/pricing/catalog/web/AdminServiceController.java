package org.bookingfleet.pricing.catalog.web;

import org.bookingfleet.pricing.catalog.store.CatalogReads;
import org.bookingfleet.pricing.catalog.store.ServiceDefinitions;
import org.bookingfleet.pricing.catalog.store.TaxJurisdictions;
import org.bookingfleet.platform.security.Caller;
import org.bookingfleet.platform.security.Callers;
import org.bookingfleet.platform.web.ApiException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Admins define and change services; each change is a new revision announced on
 * catalog.events.
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
		return callers.signedIn(exchange)
			.filter(Caller::isAdmin)
			.switchIfEmpty(Mono.error(() -> ApiException.forbidden("only admins change the catalog")))
			.map(admin -> ServiceDefinitionInput.of(id, body))
			.flatMap(proposed -> jurisdictions.find(proposed.taxJurisdiction())
				.switchIfEmpty(Mono.error(() -> ApiException.validation("taxJurisdiction",
						"no tax jurisdiction " + proposed.taxJurisdiction())))
				.then(services.save(proposed)))
			.doOnNext(saved -> catalog.evict(saved.id()))
			.map(ServiceView::of);
	}

}
