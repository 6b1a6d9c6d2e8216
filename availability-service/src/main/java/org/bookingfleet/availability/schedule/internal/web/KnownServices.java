package org.bookingfleet.availability.schedule.internal.web;

import java.util.Collection;
import java.util.List;

import reactor.core.publisher.Mono;

/**
 * Which services the catalog announced, so a schedule names no other. The catalog feature
 * keeps them; the service's configuration joins it here.
 */
@FunctionalInterface
public interface KnownServices {

	/**
	 * Those of the ids the catalog never announced (a retired service is known), in their
	 * order.
	 */
	Mono<List<String>> unknown(Collection<String> ids);

}
