package org.bookingfleet.availability.slot.internal.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.bookingfleet.availability.catalog.CatalogService;
import org.bookingfleet.availability.slot.AvailabilityProblem;
import org.bookingfleet.availability.slot.AvailabilityQuery;
import org.bookingfleet.availability.slot.FreeDays;
import org.bookingfleet.availability.slot.MonthQuery;
import org.bookingfleet.availability.slot.Reservation;
import org.bookingfleet.availability.slot.SeatedSlots.PlannedSession;
import org.bookingfleet.availability.slot.SeatedSlots;
import org.bookingfleet.availability.slot.Slot;
import org.bookingfleet.availability.slot.SlotFinder;
import org.bookingfleet.availability.slot.internal.store.StoredReservation.Kind;
import org.bookingfleet.availability.time.TimeRange;
import org.bookingfleet.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Free slots of a service between two instants, for one provider or for every provider
 * who offers it; each slot lasts the length asked for (a service of variable length) or
 * the service's own.
 */
@Service
public class SlotSearch {

	private static final Duration AROUND = Duration.ofDays(1);

	private final ProviderOfferings offerings;

	private final Reservations reservations;

	private final SeatSessions sessions;

	private final Clock clock;

	public SlotSearch(ProviderOfferings offerings, Reservations reservations, SeatSessions sessions, Clock clock) {
		this.offerings = offerings;
		this.reservations = reservations;
		this.sessions = sessions;
		this.clock = clock;
	}

	public Mono<List<Slot>> freeSlots(AvailabilityQuery query) {
		Instant now = clock.instant();
		return chosen(query.serviceId(), query.durationMinutes()).flatMap(service -> {
			TimeRange around = around(query.from(), query.to(), service);
			return finders(service, query.providerId(), around).collectList()
				.flatMap(finders -> slotsOf(finders, service, query.from(), query.to(), around, now));
		});
	}

	/**
	 * The days of a month with free times, in one pass: the providers and their
	 * reservations are read once for the whole month, and the month's days are those of
	 * the zone asked for, else the service's, else the provider's.
	 */
	public Mono<FreeDays> freeDays(MonthQuery query) {
		Instant now = clock.instant();
		return chosen(query.serviceId(), query.durationMinutes()).flatMap(service -> {
			TimeRange anyZone = query.inAnyZone();
			TimeRange around = around(anyZone.start(), anyZone.end(), service);
			return finders(service, query.providerId(), around).collectList().flatMap(finders -> {
				ZoneId zone = query.zone()
					.or(() -> Optional.ofNullable(service.terms().hours().zone()))
					.orElseGet(() -> finders.isEmpty() ? ZoneOffset.UTC : finders.get(0).provider().schedule().zone());
				TimeRange month = query.in(zone);
				return slotsOf(finders, service, month.start(), month.end(), around, now).map(slots -> FreeDays
					.of(query.month(), zone, finders.stream().map(finder -> finder.provider().id()).toList(), slots));
			});
		});
	}

	/**
	 * The service for the length the query asks for; a length it does not offer is
	 * refused.
	 */
	private Mono<CatalogService> chosen(String serviceId, OptionalInt durationMinutes) {
		return offerings.service(serviceId)
			.flatMap(service -> service.lasting(durationMinutes)
				.fold(Mono::just, problem -> Mono.error(refusal(problem))));
	}

	/**
	 * The range whose reservations and time off bear on slots starting in the searched
	 * one.
	 */
	private static TimeRange around(Instant from, Instant to, CatalogService service) {
		return new TimeRange(from.minus(AROUND), to.plus(AROUND).plus(service.terms().duration()));
	}

	private Flux<SlotFinder> finders(CatalogService service, Optional<Long> providerId, TimeRange around) {
		return providerId.map(id -> offerings.finder(service, id, around.start(), around.end()).flux())
			.orElseGet(() -> offerings.finders(service, around.start(), around.end()));
	}

	private Mono<List<Slot>> slotsOf(List<SlotFinder> finders, CatalogService service, Instant from, Instant to,
			TimeRange around, Instant now) {
		return Flux.fromIterable(finders)
			.concatMap(finder -> slotsOf(finder, service, from, to, around, now))
			.sort(Comparator.comparing(Slot::start).thenComparingLong(Slot::providerId))
			.collectList();
	}

	private Flux<Slot> slotsOf(SlotFinder finder, CatalogService service, Instant from, Instant to, TimeRange around,
			Instant now) {
		long providerId = finder.provider().id();
		return reservations.counting(providerId, around, now).collectList().flatMapMany(counting -> {
			if (!service.isSeated()) {
				List<Reservation> blocking = counting.stream().map(StoredReservation::asReservation).toList();
				return Flux.fromIterable(finder.freeSlots(from, to, now, blocking));
			}
			List<Reservation> blocking = counting.stream()
				.filter(row -> !isOwnSession(row, service))
				.map(StoredReservation::asReservation)
				.toList();
			List<Slot> free = finder.freeSlots(from, to, now, blocking);
			return sessions.between(providerId, service.id(), around.start(), around.end(), now)
				.map(session -> new PlannedSession(session.start(), Reservation.of(session.start(), service.terms()),
						session.capacity() - session.seatsTaken()))
				.collectList()
				.flatMapMany(planned -> Flux.fromIterable(SeatedSlots.withSeats(free, planned, service.terms())));
		});
	}

	/** A search asked for in a way it cannot be answered: 400 naming the field. */
	public static ApiException refusal(AvailabilityProblem problem) {
		return new ApiException(HttpStatus.BAD_REQUEST, problem.code(), problem.message(), problem.field(), Map.of());
	}

	private static boolean isOwnSession(StoredReservation row, CatalogService service) {
		return row.kind() == Kind.SESSION && row.serviceId().equals(service.id());
	}

}
