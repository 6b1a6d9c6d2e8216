package org.bookingfleet.integration.job.internal.messaging;

import java.time.Clock;

import org.bookingfleet.events.catalog.BusinessProfile;
import org.bookingfleet.events.catalog.ServiceChanged;
import org.bookingfleet.events.catalog.ServiceDefined;
import org.bookingfleet.events.catalog.ServiceSnapshot;
import org.bookingfleet.integration.booking.Business;
import org.bookingfleet.integration.job.internal.store.ServiceBusinesses;
import org.bookingfleet.integration.message.PostalAddress;
import org.bookingfleet.platform.consumer.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * Keeps the business profile of each service the catalog announces, so messages sign with
 * the business's legal name, support contact, cancellation terms (in each language the
 * business writes them in) and address (a course's venue). A profile older than the one
 * kept (its revision lower) is ignored.
 */
@Configuration(proxyBeanMethods = false)
class CatalogEventsSubscription {

	@Bean
	EventSubscription catalogBusinesses(ServiceBusinesses businesses, Clock clock) {
		return EventSubscription.named("catalog-businesses")
			.on(ServiceDefined.class, (event, envelope) -> keep(businesses, event.service(), clock))
			.on(ServiceChanged.class, (event, envelope) -> keep(businesses, event.service(), clock));
	}

	private static Mono<Void> keep(ServiceBusinesses businesses, ServiceSnapshot service, Clock clock) {
		BusinessProfile profile = service == null ? null : service.business();
		if (profile == null) {
			return Mono.empty();
		}
		return businesses.keep(service.serviceId(),
				new Business(profile.name(), profile.legalName(), profile.supportEmail(), profile.supportPhone(),
						profile.cancellationWording(), written(profile.address()), profile.cancellationWordings()),
				profile.revision(), clock.instant());
	}

	/** The business's address on one line as its country writes it, or null. */
	static String written(BusinessProfile.PostalAddress address) {
		if (address == null) {
			return null;
		}
		return new PostalAddress(String.join(", ", address.streetLines()), address.locality(), address.region(),
				address.postalCode(), address.country())
			.written()
			.orElse(null);
	}

}
