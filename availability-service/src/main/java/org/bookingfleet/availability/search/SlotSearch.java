package org.bookingfleet.availability.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.bookingfleet.availability.catalog.CatalogService;
import org.bookingfleet.availability.provider.Offers;
import org.bookingfleet.availability.query.AvailabilityQuery;
import org.bookingfleet.availability.reservation.Reservations;
import org.bookingfleet.availability.reservation.SeatSessions;
import org.bookingfleet.availability.reservation.StoredReservation;
import org.bookingfleet.availability.reservation.StoredReservation.Kind;
import org.bookingfleet.availability.slot.Reservation;
import org.bookingfleet.availability.slot.SeatedSlots;
import org.bookingfleet.availability.slot.SeatedSlots.PlannedSession;
import org.bookingfleet.availability.slot.Slot;
import org.bookingfleet.availability.slot.SlotFinder;
import org.bookingfleet.availability.time.TimeRange;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Free slots of a service between two instants, for one provider or for every provider who offers it; each slot lasts
 * the length asked for (a service of variable length) or the service's own.
 */
@Service
public class SlotSearch {

    private static final Duration AROUND = Duration.ofDays(1);

    private final Offers offers;
    private final Reservations reservations;
    private final SeatSessions sessions;
    private final Clock clock;

    public SlotSearch(Offers offers, Reservations reservations, SeatSessions sessions, Clock clock) {
        this.offers = offers;
        this.reservations = reservations;
        this.sessions = sessions;
        this.clock = clock;
    }

    public Mono<List<Slot>> freeSlots(AvailabilityQuery query) {
        Instant now = clock.instant();
        return chosen(query).flatMap(service -> {
            Instant from = query.from().minus(AROUND);
            Instant to = query.to().plus(AROUND).plus(service.terms().duration());
            Flux<SlotFinder> finders = query.providerId()
                    .map(providerId -> offers.finder(service, providerId, from, to).flux())
                    .orElseGet(() -> offers.finders(service, from, to));
            return finders.concatMap(finder -> slotsOf(finder, service, query, new TimeRange(from, to), now))
                    .sort(Comparator.comparing(Slot::start).thenComparingLong(Slot::providerId))
                    .collectList();
        });
    }

    /** The service for the length the query asks for; a length it does not offer is refused. */
    private Mono<CatalogService> chosen(AvailabilityQuery query) {
        return offers.service(query.serviceId()).flatMap(service -> service.lasting(query.durationMinutes())
                .fold(Mono::just, problem -> Mono.error(AvailabilityController.refusal(problem))));
    }

    private Flux<Slot> slotsOf(SlotFinder finder, CatalogService service, AvailabilityQuery query, TimeRange around,
                               Instant now) {
        long providerId = finder.provider().id();
        return reservations.counting(providerId, around, now).collectList().flatMapMany(counting -> {
            if (!service.isSeated()) {
                List<Reservation> blocking = counting.stream().map(StoredReservation::asReservation).toList();
                return Flux.fromIterable(finder.freeSlots(query.from(), query.to(), now, blocking));
            }
            List<Reservation> blocking = counting.stream().filter(row -> !isOwnSession(row, service))
                    .map(StoredReservation::asReservation).toList();
            List<Slot> free = finder.freeSlots(query.from(), query.to(), now, blocking);
            return sessions.between(providerId, service.id(), around.start(), around.end(), now)
                    .map(session -> new PlannedSession(session.start(),
                            Reservation.of(session.start(), service.terms()), session.capacity() - session.seatsTaken()))
                    .collectList()
                    .flatMapMany(planned -> Flux.fromIterable(SeatedSlots.withSeats(free, planned, service.terms())));
        });
    }

    private static boolean isOwnSession(StoredReservation row, CatalogService service) {
        return row.kind() == Kind.SESSION && row.serviceId().equals(service.id());
    }
}
