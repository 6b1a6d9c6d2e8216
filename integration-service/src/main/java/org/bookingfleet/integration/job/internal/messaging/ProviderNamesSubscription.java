package org.bookingfleet.integration.job.internal.messaging;

import java.time.Clock;

import org.bookingfleet.events.availability.ProviderNamed;
import org.bookingfleet.integration.job.internal.store.ProviderNames;
import org.bookingfleet.platform.consumer.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * Keeps the providers' names the availability service announces, so messages, documents
 * and calendar entries call a provider by name.
 */
@Configuration(proxyBeanMethods = false)
class ProviderNamesSubscription {

	@Bean
	EventSubscription providerNameEvents(ProviderNames names, Clock clock) {
		return EventSubscription.named("provider-names")
			.on(ProviderNamed.class, (event, envelope) -> event.name() == null || event.name().isBlank() ? Mono.empty()
					: names.name(event.providerId(), event.name().strip(), clock.instant()));
	}

}
