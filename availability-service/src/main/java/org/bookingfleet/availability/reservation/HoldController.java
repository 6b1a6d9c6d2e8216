package org.bookingfleet.availability.reservation;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.availability.query.AvailabilityQuery;
import org.bookingfleet.availability.query.HoldRequest;
import org.bookingfleet.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
class HoldController {

    record HoldBody(String serviceId, Long providerId, String start, Integer seats) {

        HoldRequest toRequest() {
            if (serviceId == null || serviceId.isBlank()) {
                throw ApiException.validation("serviceId", "serviceId is required");
            }
            if (providerId == null || providerId <= 0) {
                throw ApiException.validation("providerId", "providerId is required");
            }
            if (start == null) {
                throw ApiException.validation("start", "start is required");
            }
            Instant instant = AvailabilityQuery.instant(start).orElseThrow(() -> ApiException.validation("start",
                    "start is an ISO-8601 instant with offset between 1970 and 9999"));
            return new HoldRequest(serviceId.trim(), providerId, instant, seats == null ? 1 : seats);
        }
    }

    private final HoldDesk desk;

    HoldController(HoldDesk desk) {
        this.desk = desk;
    }

    @PostMapping("/api/v2/availability/hold")
    Mono<ResponseEntity<Hold>> hold(@RequestBody HoldBody body) {
        return Mono.fromCallable(body::toRequest)
                .flatMap(desk::hold)
                .map(hold -> ResponseEntity.status(HttpStatus.CREATED).body(hold));
    }

    @DeleteMapping("/api/v2/availability/hold/{holdId}")
    Mono<ResponseEntity<Void>> release(@PathVariable String holdId) {
        return Mono.fromCallable(() -> UUID.fromString(holdId))
                .onErrorMap(IllegalArgumentException.class, malformed -> ApiException.notFound("hold"))
                .flatMap(desk::release)
                .thenReturn(ResponseEntity.noContent().build());
    }
}
