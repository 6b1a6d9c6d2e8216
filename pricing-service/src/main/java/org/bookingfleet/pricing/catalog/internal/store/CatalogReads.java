package org.bookingfleet.pricing.catalog.internal.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

	private final Map<String, Mono<ServiceDefinition>> servicesById = new ConcurrentHashMap<>();

	private final Map<String, Mono<TaxJurisdiction>> jurisdictionsByCode = new ConcurrentHashMap<>();

	private volatile Mono<List<ServiceDefinition>> active;

	CatalogReads(ServiceDefinitions services, TaxJurisdictions jurisdictions) {
		this.services = services;
		this.jurisdictions = jurisdictions;
	}

	public Mono<ServiceDefinition> service(String id) {
		return servicesById.computeIfAbsent(id, key -> remembered(services.find(key)));
	}

	/**
	 * The catalog's active services in their order; the same list until a service changes
	 * or a minute passes.
	 */
	public Mono<List<ServiceDefinition>> activeServices() {
		Mono<List<ServiceDefinition>> current = active;
		if (current == null) {
			current = remembered(services.active().collectList());
			active = current;
		}
		return current;
	}

	public Mono<TaxJurisdiction> jurisdiction(String code) {
		return jurisdictionsByCode.computeIfAbsent(code, key -> remembered(jurisdictions.find(key)));
	}

	public void evict(String serviceId) {
		servicesById.remove(serviceId);
		active = null;
	}

	/**
	 * Values and absences are kept for the time to live; failures are not kept at all.
	 */
	private static <T> Mono<T> remembered(Mono<T> lookup) {
		return lookup.cache(value -> TIME_TO_LIVE, failure -> Duration.ZERO, () -> TIME_TO_LIVE);
	}

}
