package org.bookingfleet.pricing.catalog.web;

import java.util.Map;
import org.bookingfleet.pricing.catalog.ServiceDefinition;
import org.bookingfleet.pricing.catalog.store.ServiceDefinitions;
import org.bookingfleet.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
class ServiceController {

    private final ServiceDefinitions services;

    ServiceController(ServiceDefinitions services) {
        this.services = services;
    }

    @GetMapping("/api/v2/services")
    Flux<ServiceView> list() {
        return services.active().map(ServiceView::of);
    }

    @GetMapping("/api/v2/services/{id}")
    Mono<ServiceView> one(@PathVariable String id) {
        return services.find(id).filter(ServiceDefinition::active).map(ServiceView::of)
                .switchIfEmpty(Mono.error(() -> new ApiException(HttpStatus.NOT_FOUND, "INVALID_SERVICE",
                        "no service " + id + " in the catalog", null, Map.of())));
    }
}
