package org.bookingfleet.booking.bookings.internal.store;

import java.util.List;
import java.util.Optional;

import org.bookingfleet.booking.bookings.Booking;
import org.bookingfleet.booking.bookings.BookingDetails;
import org.bookingfleet.booking.bookings.BookingEvent;
import org.bookingfleet.booking.bookings.BookingProgress;
import org.bookingfleet.booking.bookings.Decision;
import org.bookingfleet.booking.bookings.internal.store.BookingInvoices;
import org.bookingfleet.booking.quote.LockedQuote;
import org.bookingfleet.booking.request.Attendee;
import org.bookingfleet.events.booking.BookingAwaitingPayment;
import org.bookingfleet.events.booking.BookingCancelled;
import org.bookingfleet.events.booking.BookingCompleted;
import org.bookingfleet.events.booking.BookingConfirmed;
import org.bookingfleet.events.booking.BookingExpired;
import org.bookingfleet.events.booking.BookingFeeCharged;
import org.bookingfleet.events.booking.BookingRejected;
import org.bookingfleet.events.booking.BookingRequested;
import org.bookingfleet.events.booking.BookingRescheduled;
import org.bookingfleet.events.booking.Customer;
import org.bookingfleet.events.booking.PaymentNotApplied;
import org.bookingfleet.events.booking.PriceSnapshot;
import org.bookingfleet.platform.outbox.Outbox;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the events a booking's decision causes to the outbox as their contracts, in the
 * transaction of the change.
 */
@Component
public class BookingEventContracts {

	private static final TypeReference<List<Attendee>> ATTENDEES = new TypeReference<>() {
	};

	private final Outbox outbox;

	private final BookableServices catalog;

	private final JsonMapper json;

	private final BookingInvoices invoices;

	public BookingEventContracts(Outbox outbox, BookableServices catalog, JsonMapper json, BookingInvoices invoices) {
		this.invoices = invoices;
		this.outbox = outbox;
		this.catalog = catalog;
		this.json = json;
	}

	/**
	 * Writes the events a booking's decision causes, each as its contract, in the order
	 * the decision gives them.
	 */
	public Mono<Void> announce(Decision decision) {
		return Flux.fromIterable(decision.events()).concatMap(event -> contractOf(event).flatMap(this::append)).then();
	}

	private Mono<Object> contractOf(BookingEvent event) {
		Booking booking = event.booking();
		BookingDetails d = booking.details();
		BookingProgress p = booking.progress();
		if (event instanceof BookingEvent.Confirmed) {
			return confirmed(booking);
		}
		if (event instanceof BookingEvent.Requested) {
			return Mono.just(new BookingRequested(d.id(), p.holdId(), d.serviceId(), d.providerId(), p.startsAt(),
					p.endsAt(), d.seats(), d.seriesId(), p.version()));
		}
		if (event instanceof BookingEvent.AwaitingPayment) {
			return Mono.just(new BookingAwaitingPayment(d.id(), d.serviceId(), d.providerId(),
					booking.balance().remainingCents(), d.currency(), p.payBy(), customer(d), price(booking),
					d.customerId(), d.accessTokenDigest(), p.version()));
		}
		if (event instanceof BookingEvent.Rejected) {
			return Mono.just(new BookingRejected(d.id(), d.serviceId(), d.providerId(), p.statusReason(), p.version()));
		}
		if (event instanceof BookingEvent.Expired) {
			return Mono
				.just(new BookingExpired(d.id(), d.serviceId(), d.providerId(), p.startsAt(), p.endsAt(), p.version()));
		}
		if (event instanceof BookingEvent.Cancelled cancelled) {
			return Mono.just(new BookingCancelled(d.id(), d.serviceId(), d.providerId(), p.startsAt(), p.endsAt(),
					p.refundCents() == null ? 0 : p.refundCents(), d.currency(), p.statusReason(),
					cancelled.cancelledBy(), p.version()));
		}
		if (event instanceof BookingEvent.Completed) {
			return Mono.just(new BookingCompleted(d.id(), d.serviceId(), d.providerId(), p.startsAt(), p.endsAt(),
					p.status().name(), p.version()));
		}
		if (event instanceof BookingEvent.FeeCharged fee) {
			return Mono
				.just(new BookingFeeCharged(d.id(), d.serviceId(), d.providerId(), fee.fee().code(), fee.fee().label(),
						fee.fee().amountCents(), d.currency(), booking.amountDueCents(), p.paidCents(), customer(d),
						price(booking), d.customerId(), d.accessTokenDigest(), fee.refundCents(), p.version()));
		}
		if (event instanceof BookingEvent.Repriced repriced) {
			return Mono
				.just(new BookingFeeCharged(d.id(), d.serviceId(), d.providerId(), "REPRICED", "Price of the new time",
						repriced.differenceCents(), d.currency(), booking.amountDueCents(), p.paidCents(), customer(d),
						price(booking), d.customerId(), d.accessTokenDigest(), repriced.refundCents(), p.version()));
		}
		if (event instanceof BookingEvent.PaymentReturned returned) {
			return Mono.just(new PaymentNotApplied(d.id(), returned.paymentId(), returned.paymentIntentId(),
					returned.amountCents(), returned.currency(), p.status().name(), p.version()));
		}
		if (event instanceof BookingEvent.Rescheduled moved) {
			return Mono
				.just(new BookingRescheduled(d.id(), d.serviceId(), d.providerId(), moved.holdId(), moved.fromStart(),
						moved.fromEnd(), moved.toStart(), moved.toEnd(), d.timeZone(), moved.seats(), p.version()));
		}
		throw new IllegalArgumentException("no contract for " + event);
	}

	private Mono<Object> confirmed(Booking booking) {
		BookingDetails d = booking.details();
		BookingProgress p = booking.progress();
		return catalog.find(d.serviceId())
			.map(service -> new Named(service.name(), service.type()))
			.defaultIfEmpty(new Named(d.serviceId(), null))
			.zipWith(invoices.numberOf(d.id()).map(Optional::of).defaultIfEmpty(Optional.empty()))
			.map(known -> new BookingConfirmed(d.id(), d.serviceId(), known.getT1().name(), known.getT1().type(),
					d.providerId(), p.startsAt(), p.endsAt(), d.timeZone(), customer(d), attendees(d), d.address(),
					d.promoCode(), price(booking), known.getT2().orElse(null), p.version()));
	}

	private PriceSnapshot price(Booking booking) {
		return PriceSnapshots.of(quote(booking.details()), FeeLines.read(booking.progress().charges(), json));
	}

	private Mono<Void> append(Object event) {
		return outbox.append(event).then();
	}

	/**
	 * The customer with the language and channels they chose; a booking made before these
	 * were recorded says no language and email and SMS, as it always did.
	 */
	private static Customer customer(BookingDetails d) {
		return new Customer(d.customerName(), d.customerEmail(), d.customerPhone(), d.language(),
				d.channels() == null ? List.of("EMAIL", "SMS") : d.channels());
	}

	private LockedQuote quote(BookingDetails d) {
		return json.readValue(d.quote(), LockedQuote.class);
	}

	private List<org.bookingfleet.events.booking.Attendee> attendees(BookingDetails d) {
		return json.readValue(d.attendees(), ATTENDEES)
			.stream()
			.map(a -> new org.bookingfleet.events.booking.Attendee(a.name(), a.email(),
					a.requirements()
						.stream()
						.map(r -> new org.bookingfleet.events.booking.Attendee.Requirement(r.type(),
								r.priority().name(), r.details()))
						.toList()))
			.toList();
	}

	private record Named(String name, String type) {
	}

}
