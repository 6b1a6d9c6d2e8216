package org.bookingfleet.availability.schedule.internal.web;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.bookingfleet.availability.schedule.internal.store.Providers;
import org.bookingfleet.availability.schedule.internal.store.ScheduleDocument;
import org.bookingfleet.availability.time.TimeRange;
import org.bookingfleet.availability.time.TimeSet;
import org.bookingfleet.platform.security.Caller;
import org.bookingfleet.platform.security.Callers;
import org.bookingfleet.platform.web.ApiException;
import org.bookingfleet.platform.web.DateHorizon;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Schedules and time off, changed by the provider itself or by an admin. */
@RestController
class ScheduleController {

	record TimeOffBody(String start, String end, String reason) {
	}

	record TimeOffView(UUID id, long providerId, Instant start, Instant end, String reason) {
	}

	record TimeOffList(long providerId, Instant from, Instant to, List<TimeOffView> timeOff) {
	}

	/** The most time off one answer lists. */
	static final int TIME_OFF_LISTED = 500;

	private final Providers providers;

	private final KnownServices services;

	private final Callers callers;

	private final Clock clock;

	ScheduleController(Providers providers, KnownServices services, Callers callers, Clock clock) {
		this.providers = providers;
		this.services = services;
		this.callers = callers;
		this.clock = clock;
	}

	@GetMapping("/api/v2/providers/{id}/schedule")
	Mono<ScheduleDocument> schedule(@PathVariable long id, ServerWebExchange exchange) {
		return allowed(id, exchange).then(providers.document(id))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("provider")));
	}

	@PutMapping("/api/v2/providers/{id}/schedule")
	Mono<ScheduleDocument> replace(@PathVariable long id, @RequestBody ScheduleDocument document,
			ServerWebExchange exchange) {
		return allowed(id, exchange).then(Mono.fromCallable(() -> document.toProvider(id, TimeSet.empty())))
			.then(Mono.fromRunnable(() -> document.checkDatesWithin(clock.instant())))
			.then(Mono.defer(() -> services.unknown(document.serviceIds())))
			.flatMap(unknown -> unknown.isEmpty() ? Mono.empty()
					: Mono.error(ApiException.validation("serviceIds", "the catalog has no service " + unknown)))
			// deferred: nothing is bound to SQL before the document passed its checks
			.then(Mono.defer(() -> providers.save(id, document)))
			.then(Mono.defer(() -> providers.document(id)));
	}

	@PostMapping("/api/v2/providers/{id}/time-off")
	Mono<ResponseEntity<TimeOffView>> addTimeOff(@PathVariable long id, @RequestBody TimeOffBody body,
			ServerWebExchange exchange) {
		return allowed(id, exchange)
			.then(providers.document(id).switchIfEmpty(Mono.error(() -> ApiException.notFound("provider"))))
			.then(Mono.fromCallable(() -> range(body, clock.instant())))
			.flatMap(range -> providers.addTimeOff(id, range, body.reason())
				.map(created -> ResponseEntity.status(HttpStatus.CREATED)
					.body(new TimeOffView(created, id, range.start(), range.end(), body.reason()))));
	}

	/**
	 * The provider's time off that overlaps {@code [from, to)}: by default from now on,
	 * for the fleet's date horizon; earliest first, at most {@value #TIME_OFF_LISTED}.
	 */
	@GetMapping("/api/v2/providers/{id}/time-off")
	Mono<TimeOffList> timeOff(@PathVariable long id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, ServerWebExchange exchange) {
		return allowed(id, exchange).then(Mono.fromCallable(() -> listed(from, to, clock.instant())))
			.flatMap(window -> providers.timeOffEntries(id, window.start(), window.end(), TIME_OFF_LISTED)
				.map(entry -> new TimeOffView(entry.id(), id, entry.start(), entry.end(), entry.reason()))
				.collectList()
				.map(listed -> new TimeOffList(id, window.start(), window.end(), listed)));
	}

	@DeleteMapping("/api/v2/providers/{id}/time-off/{timeOffId}")
	Mono<ResponseEntity<Void>> removeTimeOff(@PathVariable long id, @PathVariable UUID timeOffId,
			ServerWebExchange exchange) {
		return allowed(id, exchange).then(providers.removeTimeOff(id, timeOffId))
			.flatMap(removed -> removed > 0 ? Mono.just(ResponseEntity.noContent().<Void>build())
					: Mono.error(ApiException.notFound("time off")));
	}

	/**
	 * Provider ids are positive: the catalog's and the booking service's; no id of zero
	 * or below is stored.
	 */
	private Mono<Caller> allowed(long providerId, ServerWebExchange exchange) {
		if (providerId < 1) {
			return Mono.error(ApiException.validation("providerId", "a provider id is a positive number"));
		}
		return callers.signedIn(exchange)
			.flatMap(caller -> caller.isAdmin() || caller.isProvider(providerId) ? Mono.just(caller)
					: Mono.error(ApiException.forbidden("a provider changes only its own schedule")));
	}

	/** Time off within the fleet's date horizon: a provider is never blocked for ever. */
	static TimeRange range(TimeOffBody body, Instant now) {
		Instant start = instant(body.start(), "start");
		Instant end = instant(body.end(), "end");
		if (!start.isBefore(end)) {
			throw ApiException.validation("end", "time off ends after it starts");
		}
		DateHorizon.window("start", start, "end", end, now);
		return new TimeRange(start, end);
	}

	/** The window a listing asks for, within the fleet's date horizon. */
	static TimeRange listed(String from, String to, Instant now) {
		Instant start = from == null ? now : instant(from, "from");
		Instant end = to == null ? start.plus(DateHorizon.AHEAD) : instant(to, "to");
		DateHorizon.window("from", start, "to", end, now);
		return new TimeRange(start, end);
	}

	private static Instant instant(String text, String field) {
		if (text == null) {
			throw ApiException.validation(field, field + " is required");
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException malformed) {
			throw ApiException.validation(field, field + " is an ISO-8601 instant with offset");
		}
	}

}
