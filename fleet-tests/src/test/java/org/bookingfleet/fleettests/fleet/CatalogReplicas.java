package org.bookingfleet.fleettests.fleet;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.bookingfleet.fleettests.api.Answer;
import org.bookingfleet.fleettests.api.Caller;
import org.bookingfleet.fleettests.api.Gateway;

/**
 * A fresh fleet is ready for customers once the catalog the pricing service announces at
 * start-up has reached the services that keep a copy of it: availability answers for
 * every service of the catalog.
 */
final class CatalogReplicas {

	private CatalogReplicas() {
	}

	static void awaitEverywhere() {
		Answer catalog = Gateway.get("/api/v2/services", Caller.ANONYMOUS);
		if (catalog.status() != 200) {
			throw new IllegalStateException("the catalog cannot be read: " + catalog);
		}
		List<String> services = new ArrayList<>();
		catalog.json().forEach(service -> services.add(service.path("id").asString()));
		Instant from = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
		for (String service : services) {
			await("availability knows " + service).atMost(Duration.ofSeconds(120))
				.pollInterval(Duration.ofSeconds(1))
				.until(() -> Gateway
					.get("/api/v2/availability?serviceId=" + service + "&from=" + from + "&to="
							+ from.plus(1, ChronoUnit.DAYS), Caller.ANONYMOUS)
					.status() == 200);
		}
	}

}
