package org.bookingfleet.availability.slot.internal.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.bookingfleet.availability.slot.AvailabilityQuery;
import org.bookingfleet.availability.slot.FreeDays;
import org.bookingfleet.availability.slot.MonthQuery;
import org.bookingfleet.availability.slot.RenderedSlot;
import org.bookingfleet.availability.slot.internal.store.SlotSearch;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The searches of free slots. Every caller gets the same answer, so each is marked public
 * for a shared cache for 2 s ({@code s-maxage}) and for no time in a browser
 * ({@code max-age=0}): the gateway keeps it and forgets it as soon as the live stream
 * tells of a change of its slots; the 2 s bound changes the stream does not tell of (a
 * service's terms, the time of day).
 */
@RestController
class AvailabilityController {

	private static final CacheControl SHARED_BRIEFLY = CacheControl.maxAge(Duration.ZERO)
		.sMaxAge(Duration.ofSeconds(2))
		.cachePublic();

	record SlotView(long providerId, Instant start, Instant end, int seatsLeft, String timeZone,
			OffsetDateTime localStart, OffsetDateTime localEnd) {

		static SlotView of(RenderedSlot slot, String zone) {
			return new SlotView(slot.providerId(), slot.start(), slot.end(), slot.seatsLeft(), zone, slot.localStart(),
					slot.localEnd());
		}
	}

	record SlotsView(List<SlotView> slots) {
	}

	record DayView(LocalDate date, int count, Instant firstStart) {
	}

	record DaysView(String serviceId, Long providerId, String month, String timeZone, List<Long> providers,
			List<DayView> days) {

		static DaysView of(MonthQuery query, FreeDays free) {
			return new DaysView(query.serviceId(), query.providerId().orElse(null), free.month().toString(),
					free.zone().getId(), free.providers(),
					free.days().stream().map(day -> new DayView(day.date(), day.count(), day.firstStart())).toList());
		}
	}

	private final SlotSearch search;

	private final Clock clock;

	AvailabilityController(SlotSearch search, Clock clock) {
		this.search = search;
		this.clock = clock;
	}

	@GetMapping("/api/v2/availability")
	Mono<ResponseEntity<SlotsView>> availability(@RequestParam(required = false) String serviceId,
			@RequestParam(required = false) String providerId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String tz,
			@RequestParam(required = false) String durationMinutes) {
		return AvailabilityQuery.read(serviceId, providerId, from, to, tz, durationMinutes)
			.fold(query -> search.freeSlots(query)
				.map(slots -> new SlotsView(slots.stream()
					.map(slot -> SlotView.of(slot.renderedIn(query.zone()), query.zone().getId()))
					.toList())), problem -> Mono.<SlotsView>error(SlotSearch.refusal(problem)))
			.map(AvailabilityController::sharedBriefly);
	}

	/**
	 * The days of a month with at least one free time and how many times each has: one
	 * request per month.
	 */
	@GetMapping("/api/v2/availability/days")
	Mono<ResponseEntity<DaysView>> days(@RequestParam(required = false) String serviceId,
			@RequestParam(required = false) String providerId, @RequestParam(required = false) String month,
			@RequestParam(required = false) String tz, @RequestParam(required = false) String durationMinutes) {
		return MonthQuery.read(serviceId, providerId, month, tz, durationMinutes, clock.instant())
			.fold(query -> search.freeDays(query).map(free -> DaysView.of(query, free)),
					problem -> Mono.<DaysView>error(SlotSearch.refusal(problem)))
			.map(AvailabilityController::sharedBriefly);
	}

	private static <T> ResponseEntity<T> sharedBriefly(T answer) {
		return ResponseEntity.ok().cacheControl(SHARED_BRIEFLY).body(answer);
	}

}
