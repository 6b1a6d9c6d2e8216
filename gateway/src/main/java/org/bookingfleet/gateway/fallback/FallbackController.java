package org.bookingfleet.gateway.fallback;

import java.util.Map;

import org.bookingfleet.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Where a route's circuit breaker sends a call its service cannot take: a 503 that names the service. */
@RestController
class FallbackController {

	@RequestMapping("/fallback/{service}")
	Mono<Void> unavailable(@PathVariable String service) {
		return Mono.error(new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE",
				service + " is not answering right now; try again in a moment", null, Map.of("service", service)));
	}

}
