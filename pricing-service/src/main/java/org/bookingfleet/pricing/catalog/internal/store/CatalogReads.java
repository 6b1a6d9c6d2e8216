package org.bookingfleet.pricing.catalog.internal.store;

import java.time.Duration;
import java.util.List;

import org.bookingfleet.platform.KeptReads;
import org.bookingfleet.pricing.catalog.ServiceDefinition;
import org.bookingfleet.pricing.catalog.TaxJurisdiction;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Services and tax jurisdictions as quotes read them, kept in memory: every quote needs
 * both, and they change rarely. A saved revision evicts its service here at once and on
 * every other instance when its catalog event arrives; entries also expire after a
 * minute, so a missed event costs a minute at most.
 */
@Component
public class CatalogReads {

	private static final Duration TIME_TO_LIVE = Duration.ofMinutes(1);

	private final ServiceDefinitions services;

	private final TaxJurisdictions jurisdictions;

	private final KeptReads<String, ServiceDefinition> servicesById = new KeptReads<>(TIME_TO_LIVE, 10_000);

	private final KeptReads<String, TaxJurisdiction> jurisdictionsByCode = new KeptReads<>(TIME_TO_LIVE, 10_000);

	private final KeptReads<Boolean, List<ServiceDefinition>> active = new KeptReads<>(TIME_TO_LIVE, 1);

	CatalogReads(ServiceDefinitions services, TaxJurisdictions jurisdictions) {
		this.services = services;
		this.jurisdictions = jurisdictions;
	}

	public Mono<ServiceDefinition> service(String id) {
		return servicesById.get(id, services::find);
	}

	/**
	 * The catalog's active services in their order; the same list until a service changes
	 * or a minute passes.
	 */
	public Mono<List<ServiceDefinition>> activeServices() {
		return active.get(true, all -> services.active().collectList());
	}

	public Mono<TaxJurisdiction> jurisdiction(String code) {
		return jurisdictionsByCode.get(code, jurisdictions::find);
	}

	public void evict(String serviceId) {
		servicesById.forget(serviceId);
		active.forgetAll();
	}

}
