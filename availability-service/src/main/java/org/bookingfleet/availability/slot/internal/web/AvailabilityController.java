package org.bookingfleet.availability.slot.internal.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.bookingfleet.availability.slot.AvailabilityQuery;
import org.bookingfleet.availability.slot.FreeDays;
import org.bookingfleet.availability.slot.MonthQuery;
import org.bookingfleet.availability.slot.RenderedSlot;
import org.bookingfleet.availability.slot.internal.store.SlotSearch;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
class AvailabilityController {

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
	Mono<SlotsView> availability(@RequestParam(required = false) String serviceId,
			@RequestParam(required = false) String providerId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String tz,
			@RequestParam(required = false) String durationMinutes) {
		return AvailabilityQuery.read(serviceId, providerId, from, to, tz, durationMinutes)
			.fold(query -> search.freeSlots(query)
				.map(slots -> new SlotsView(slots.stream()
					.map(slot -> SlotView.of(slot.renderedIn(query.zone()), query.zone().getId()))
					.toList())), problem -> Mono.error(SlotSearch.refusal(problem)));
	}

	/**
	 * The days of a month with at least one free time and how many times each has: one
	 * request per month.
	 */
	@GetMapping("/api/v2/availability/days")
	Mono<DaysView> days(@RequestParam(required = false) String serviceId,
			@RequestParam(required = false) String providerId, @RequestParam(required = false) String month,
			@RequestParam(required = false) String tz, @RequestParam(required = false) String durationMinutes) {
		return MonthQuery.read(serviceId, providerId, month, tz, durationMinutes, clock.instant())
			.fold(query -> search.freeDays(query).map(free -> DaysView.of(query, free)),
					problem -> Mono.error(SlotSearch.refusal(problem)));
	}

}
