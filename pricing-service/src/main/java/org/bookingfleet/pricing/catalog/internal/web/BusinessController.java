package org.bookingfleet.pricing.catalog.internal.web;

import java.time.Duration;

import org.bookingfleet.platform.web.ApiException;
import org.bookingfleet.pricing.catalog.internal.store.Businesses;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/v2/businesses/{id}}: a business's public profile, for anyone, like the
 * catalog; 404 for an id the catalog does not know.
 */
@RestController
class BusinessController {

	private final Businesses businesses;

	BusinessController(Businesses businesses) {
		this.businesses = businesses;
	}

	@GetMapping("/api/v2/businesses/{id}")
	Mono<ResponseEntity<BusinessView>> one(@PathVariable String id) {
		return businesses.find(id)
			.map(business -> ResponseEntity.ok()
				.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
				.body(BusinessView.of(business)))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("business")));
	}

}
