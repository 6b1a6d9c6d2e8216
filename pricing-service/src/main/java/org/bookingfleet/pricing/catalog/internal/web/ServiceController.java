package org.bookingfleet.pricing.catalog.internal.web;

import java.util.List;
import java.util.Map;

import org.bookingfleet.platform.web.ApiException;
import org.bookingfleet.pricing.catalog.ServiceDefinition;
import org.bookingfleet.pricing.catalog.internal.store.CatalogReads;
import org.bookingfleet.pricing.catalog.internal.store.ServiceDefinitions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

@RestController
class ServiceController {

	private final ServiceDefinitions services;

	private final CatalogReads catalog;

	private final JsonMapper json;

	private volatile CatalogListing listing;

	ServiceController(ServiceDefinitions services, CatalogReads catalog, JsonMapper json) {
		this.services = services;
		this.catalog = catalog;
		this.json = json;
	}

	/**
	 * The catalog as the booking page reads it on every visit: written once per change of
	 * the catalog and served from memory with its ETag, so a browser or a CDN keeps it
	 * for a minute and then asks again with {@code If-None-Match} (a 304 without a body
	 * while it is the same).
	 */
	@GetMapping("/api/v2/services")
	Mono<ResponseEntity<byte[]>> list(ServerWebExchange exchange) {
		return catalog.activeServices()
			.map(this::listingOf)
			.map(current -> current.answer(exchange.getRequest().getHeaders()));
	}

	private CatalogListing listingOf(List<ServiceDefinition> services) {
		CatalogListing current = listing;
		if (current == null || !current.isOf(services)) {
			current = CatalogListing.of(services,
					json.writeValueAsBytes(services.stream().map(ServiceView::of).toList()));
			listing = current;
		}
		return current;
	}

	@GetMapping("/api/v2/services/{id}")
	Mono<ServiceView> one(@PathVariable String id) {
		return services.find(id)
			.filter(ServiceDefinition::active)
			.map(ServiceView::of)
			.switchIfEmpty(Mono.error(() -> new ApiException(HttpStatus.NOT_FOUND, "INVALID_SERVICE",
					"no service " + id + " in the catalog", null, Map.of())));
	}

}
