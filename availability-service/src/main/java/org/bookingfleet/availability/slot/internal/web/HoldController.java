package org.bookingfleet.availability.slot.internal.web;

import java.time.Instant;
import java.util.OptionalInt;
import java.util.UUID;

import org.bookingfleet.availability.slot.AvailabilityQuery;
import org.bookingfleet.availability.slot.HoldRequest;
import org.bookingfleet.availability.slot.internal.store.Hold;
import org.bookingfleet.availability.slot.internal.store.HoldDesk;
import org.bookingfleet.platform.tokens.HoldTokens;
import org.bookingfleet.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Holds for the customer who asks: the answer carries the hold token, the one proof of
 * being the holder, which releasing the hold here and booking it at the booking service
 * ask for. It is in this answer only.
 */
@RestController
class HoldController {

	static final String HOLD_TOKEN = "X-Hold-Token";

	record HoldBody(String serviceId, Long providerId, String start, Integer seats, Integer durationMinutes) {

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
			Instant instant = AvailabilityQuery.instant(start)
				.orElseThrow(() -> ApiException.validation("start",
						"start is an ISO-8601 instant with offset between 1970 and 9999"));
			if (durationMinutes != null && durationMinutes < 1) {
				throw ApiException.validation("durationMinutes", "durationMinutes is a positive number of minutes");
			}
			return new HoldRequest(serviceId.trim(), providerId, instant, seats == null ? 1 : seats,
					durationMinutes == null ? OptionalInt.empty() : OptionalInt.of(durationMinutes));
		}
	}

	record HeldView(UUID holdId, String holdToken, long providerId, String serviceId, Instant start, Instant end,
			int seats, Instant expiresAt) {

		static HeldView of(Hold hold, String token) {
			return new HeldView(hold.holdId(), token, hold.providerId(), hold.serviceId(), hold.start(), hold.end(),
					hold.seats(), hold.expiresAt());
		}
	}

	private final HoldDesk desk;

	private final HoldTokens tokens;

	HoldController(HoldDesk desk, HoldTokens tokens) {
		this.desk = desk;
		this.tokens = tokens;
	}

	@PostMapping("/api/v2/availability/hold")
	Mono<ResponseEntity<HeldView>> hold(@RequestBody HoldBody body) {
		return Mono.fromCallable(body::toRequest)
			.flatMap(desk::hold)
			.map(hold -> ResponseEntity.status(HttpStatus.CREATED).body(HeldView.of(hold, tokens.sign(hold.claims()))));
	}

	/**
	 * Only the holder releases: a token that is missing is a bad request, one of another
	 * hold is no such hold.
	 */
	@DeleteMapping("/api/v2/availability/hold/{holdId}")
	Mono<ResponseEntity<Void>> release(@PathVariable String holdId,
			@RequestHeader(name = HOLD_TOKEN, required = false) String token) {
		return Mono.fromCallable(() -> holderOf(holdId, token))
			.flatMap(desk::release)
			.thenReturn(ResponseEntity.noContent().build());
	}

	private UUID holderOf(String holdId, String token) {
		if (token == null || token.isBlank()) {
			throw ApiException.validation(HOLD_TOKEN,
					HOLD_TOKEN + " is required: the token the hold was answered with");
		}
		UUID id;
		try {
			id = UUID.fromString(holdId);
		}
		catch (IllegalArgumentException malformed) {
			throw ApiException.notFound("hold");
		}
		return tokens.verify(token.trim())
			.filter(claims -> claims.holdId().equals(id))
			.map(claims -> id)
			.orElseThrow(() -> ApiException.notFound("hold"));
	}

}
