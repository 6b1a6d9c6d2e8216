package org.bookingfleet.availability.slot.internal.store;

import java.time.Instant;
import java.util.Map;

import org.bookingfleet.availability.catalog.CatalogService;
import org.bookingfleet.availability.slot.SlotFinder;
import org.bookingfleet.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What a provider offers for a service: the service as the catalog defines it and the
 * provider's slot finder.
 */
@Component
public class ProviderOfferings {

	private final ActiveServices services;

	private final ProviderSchedules providers;

	public ProviderOfferings(ActiveServices services, ProviderSchedules providers) {
		this.services = services;
		this.providers = providers;
	}

	public Mono<CatalogService> service(String serviceId) {
		return services.findActive(serviceId)
			.switchIfEmpty(Mono.error(() -> new ApiException(HttpStatus.NOT_FOUND, "INVALID_SERVICE",
					"no bookable service '" + serviceId + "'", "serviceId", Map.of())));
	}

	/**
	 * The finder of a provider who offers the service, knowing its time off between the
	 * instants; else 404.
	 */
	public Mono<SlotFinder> finder(CatalogService service, long providerId, Instant from, Instant to) {
		return providers.serves(providerId, service.id())
			.filter(Boolean::booleanValue)
			.switchIfEmpty(Mono.error(() -> new ApiException(HttpStatus.NOT_FOUND, "NOT_FOUND",
					"provider " + providerId + " does not offer " + service.id(), "providerId", Map.of())))
			.then(providers.find(providerId, from, to))
			.map(provider -> SlotFinder.of(provider, service.terms(), service.minimumNotice()));
	}

	public Flux<SlotFinder> finders(CatalogService service, Instant from, Instant to) {
		return providers.serving(service.id())
			.concatMap(providerId -> providers.find(providerId, from, to))
			.map(provider -> SlotFinder.of(provider, service.terms(), service.minimumNotice()));
	}

}
