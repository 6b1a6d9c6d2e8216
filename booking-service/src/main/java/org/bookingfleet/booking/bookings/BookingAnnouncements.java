package org.bookingfleet.booking.bookings;

import java.util.List;
import java.util.Optional;
import org.bookingfleet.booking.invoices.BookingInvoices;
import org.bookingfleet.booking.catalog.CatalogServices;
import org.bookingfleet.booking.lifecycle.BookingStatus;
import org.bookingfleet.booking.quote.LockedQuote;
import org.bookingfleet.booking.request.Attendee;
import org.bookingfleet.events.booking.BookingAwaitingPayment;
import org.bookingfleet.events.booking.BookingCancelled;
import org.bookingfleet.events.booking.BookingCompleted;
import org.bookingfleet.events.booking.BookingConfirmed;
import org.bookingfleet.events.booking.BookingExpired;
import org.bookingfleet.events.booking.BookingFeeCharged;
import org.bookingfleet.events.booking.BookingRejected;
import org.bookingfleet.events.booking.Customer;
import org.bookingfleet.events.booking.PriceSnapshot;
import org.bookingfleet.platform.outbox.Outbox;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the event that announces a booking's new status to the outbox, in the
 * transaction of the change.
 */
@Component
public class BookingAnnouncements {

	private static final TypeReference<List<Attendee>> ATTENDEES = new TypeReference<>() {
	};

	private final Outbox outbox;

	private final CatalogServices catalog;

	private final JsonMapper json;

	private final BookingInvoices invoices;

	public BookingAnnouncements(Outbox outbox, CatalogServices catalog, JsonMapper json, BookingInvoices invoices) {
		this.invoices = invoices;
		this.outbox = outbox;
		this.catalog = catalog;
		this.json = json;
	}

	public Mono<Void> statusOf(Booking booking, String actorType) {
		BookingDetails d = booking.details();
		BookingProgress p = booking.progress();
		if (p.status() == BookingStatus.CONFIRMED) {
			return confirmed(booking);
		}
		Object event = switch (p.status()) {
			case PENDING, CONFIRMED -> null;
			case AWAITING_PAYMENT ->
				new BookingAwaitingPayment(d.id(), d.serviceId(), d.providerId(), booking.balance().remainingCents(),
						d.currency(), p.payBy(), customer(d), price(booking), d.customerId(), d.accessTokenDigest());
			case REJECTED -> new BookingRejected(d.id(), d.serviceId(), d.providerId(), p.statusReason());
			case EXPIRED -> new BookingExpired(d.id(), d.serviceId(), d.providerId(), p.startsAt(), p.endsAt());
			case CANCELLED -> new BookingCancelled(d.id(), d.serviceId(), d.providerId(), p.startsAt(), p.endsAt(),
					p.refundCents() == null ? 0 : p.refundCents(), d.currency(), p.statusReason(), actorType);
			case COMPLETED, NO_SHOW -> new BookingCompleted(d.id(), d.serviceId(), d.providerId(), p.startsAt(),
					p.endsAt(), p.status().name());
		};
		return event == null ? Mono.empty() : append(event, booking);
	}

	private Mono<Void> confirmed(Booking booking) {
		BookingDetails d = booking.details();
		BookingProgress p = booking.progress();
		return catalog.find(d.serviceId())
			.map(service -> new Named(service.name(), service.type()))
			.defaultIfEmpty(new Named(d.serviceId(), null))
			.zipWith(invoices.numberOf(d.id()).map(Optional::of).defaultIfEmpty(Optional.empty()))
			.flatMap(known -> append(new BookingConfirmed(d.id(), d.serviceId(), known.getT1().name(),
					known.getT1().type(), d.providerId(), p.startsAt(), p.endsAt(), d.timeZone(), customer(d),
					attendees(d), d.address(), d.promoCode(), price(booking), known.getT2().orElse(null)), booking));
	}

	/**
	 * A fee joined the price and the status stays: the payment service takes the fee from
	 * what is due now, and gives back {@code refundCents}, what was paid beyond a lower
	 * new price and the fee (no longer counted as paid here).
	 */
	public Mono<Void> feeCharged(Booking booking, PriceSnapshot.Line fee, long refundCents) {
		BookingDetails d = booking.details();
		return append(new BookingFeeCharged(d.id(), d.serviceId(), d.providerId(), fee.code(), fee.label(),
				fee.amountCents(), d.currency(), booking.amountDueCents(), booking.progress().paidCents(), customer(d),
				price(booking), d.customerId(), d.accessTokenDigest(), refundCents), booking);
	}

	/**
	 * A rescheduled booking took the price of its new time: what it asks to be paid now
	 * is announced as a change of its price ({@code REPRICED}, the difference as the
	 * amount), so the payment service asks for the new balance or gives back
	 * {@code refundCents}, what was paid beyond a lower new price.
	 */
	public Mono<Void> repriced(Booking booking, Booking before, long refundCents) {
		BookingDetails d = booking.details();
		return append(new BookingFeeCharged(d.id(), d.serviceId(), d.providerId(), "REPRICED", "Price of the new time",
				d.totalCents() - before.details().totalCents(), d.currency(), booking.amountDueCents(),
				booking.progress().paidCents(), customer(d), price(booking), d.customerId(), d.accessTokenDigest(),
				refundCents), booking);
	}

	private PriceSnapshot price(Booking booking) {
		return PriceSnapshots.of(quote(booking.details()), FeeLines.read(booking.progress().charges(), json));
	}

	private Mono<Void> append(Object event, Booking booking) {
		return outbox.append(event, booking.progress().version()).then();
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
