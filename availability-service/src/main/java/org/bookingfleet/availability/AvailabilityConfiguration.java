package org.bookingfleet.availability;

import java.time.Instant;

import org.bookingfleet.availability.catalog.internal.store.CatalogServices;
import org.bookingfleet.availability.schedule.internal.store.Providers;
import org.bookingfleet.availability.schedule.internal.web.KnownServices;
import org.bookingfleet.availability.slot.Provider;
import org.bookingfleet.availability.slot.internal.store.ActiveServices;
import org.bookingfleet.availability.slot.internal.store.ProviderSchedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The service's wiring: slots read the catalog's services and the providers' schedules,
 * and a schedule checks its services against the catalog, each feature keeping its own
 * stores.
 */
@Configuration(proxyBeanMethods = false)
class AvailabilityConfiguration {

	@Bean
	ActiveServices activeServices(CatalogServices services) {
		return services::findActive;
	}

	@Bean
	KnownServices knownServices(CatalogServices services) {
		return services::unknown;
	}

	@Bean
	ProviderSchedules providerSchedules(Providers providers) {
		return new ProviderSchedules() {

			@Override
			public Mono<Provider> find(long providerId, Instant from, Instant to) {
				return providers.find(providerId, from, to);
			}

			@Override
			public Flux<Long> serving(String serviceId) {
				return providers.serving(serviceId);
			}

			@Override
			public Mono<Boolean> serves(long providerId, String serviceId) {
				return providers.serves(providerId, serviceId);
			}

		};
	}

}
