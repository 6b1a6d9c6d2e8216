package org.bookingfleet.availability.slot.internal.store;

import java.time.Instant;

import org.bookingfleet.availability.slot.Provider;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The providers as slots read them: who offers a service, and each one's schedule, policy
 * and time off. The schedule feature keeps them; the service's configuration joins it
 * here.
 */
public interface ProviderSchedules {

	/**
	 * The provider with its time off between the two instants: enough to find its slots
	 * there.
	 */
	Mono<Provider> find(long providerId, Instant from, Instant to);

	/** The providers who offer the service. */
	Flux<Long> serving(String serviceId);

	Mono<Boolean> serves(long providerId, String serviceId);

}
