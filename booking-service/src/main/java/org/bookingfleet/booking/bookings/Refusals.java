package org.bookingfleet.booking.bookings;

import java.util.Map;
import org.bookingfleet.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import reactor.core.publisher.Mono;

/** Turns a refused change into the public API's error. */
final class Refusals {

    private Refusals() {
    }

    static Mono<Booking> orError(ChangeOutcome outcome) {
        if (outcome instanceof ChangeOutcome.Changed changed) {
            return Mono.just(changed.booking());
        }
        ChangeOutcome.Refused refused = (ChangeOutcome.Refused) outcome;
        return Mono.error(switch (refused.refusal()) {
            case NOT_FOUND -> ApiException.notFound("booking");
            case FORBIDDEN -> ApiException.forbidden(refused.reason());
            case INVALID_STATE_TRANSITION -> new ApiException(HttpStatus.CONFLICT, "INVALID_STATE_TRANSITION", refused.reason(),
                    null, Map.of());
            case POLICY_VIOLATION -> policyViolation(refused.reason());
        });
    }

    static ApiException policyViolation(String reason) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "POLICY_VIOLATION", reason, null, Map.of());
    }
}
