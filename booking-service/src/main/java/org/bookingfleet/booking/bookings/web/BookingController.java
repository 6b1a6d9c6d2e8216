package org.bookingfleet.booking.bookings.web;

import java.net.URI;
import java.util.UUID;
import org.bookingfleet.booking.bookings.BookingCreation;
import org.bookingfleet.booking.request.BookingRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v2/bookings")
class BookingController {

    private final BookingCreation creation;
    private final Viewers viewers;

    BookingController(BookingCreation creation, Viewers viewers) {
        this.creation = creation;
        this.viewers = viewers;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<String>> create(@RequestBody BookingRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, ServerWebExchange exchange) {
        return viewers.of(exchange)
                .flatMap(viewer -> creation.create(request, idempotencyKey, viewer))
                .map(answer -> ResponseEntity.status(answer.status())
                        .location(URI.create(answer.location()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(answer.body()));
    }

    static UUID bookingId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notUuid) {
            throw org.bookingfleet.platform.web.ApiException.notFound("booking");
        }
    }
}
