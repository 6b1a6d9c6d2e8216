package org.bookingfleet.payment.billing.internal.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.bookingfleet.events.catalog.BusinessProfile;
import org.bookingfleet.events.payment.InvoiceIssued;
import org.bookingfleet.payment.billing.intent.DueBooking;
import org.bookingfleet.payment.billing.intent.Payment;
import org.bookingfleet.payment.billing.invoice.Appointment;
import org.bookingfleet.payment.billing.invoice.CreditNote;
import org.bookingfleet.payment.billing.invoice.DocumentKind;
import org.bookingfleet.payment.billing.invoice.DocumentNumber;
import org.bookingfleet.payment.billing.invoice.DocumentSeries;
import org.bookingfleet.payment.billing.invoice.Invoice;
import org.bookingfleet.payment.billing.invoice.InvoiceDrafting;
import org.bookingfleet.payment.billing.invoice.InvoiceLine;
import org.bookingfleet.payment.billing.invoice.Party;
import org.bookingfleet.payment.billing.invoice.PaymentRecord;
import org.bookingfleet.payment.billing.invoice.PostalAddresses;
import org.bookingfleet.payment.billing.invoice.QuotedPrice;
import org.bookingfleet.platform.outbox.Outbox;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Issues a booking's one invoice at its first successful payment, records each later
 * payment and each amount charged after it against it, and issues the credit note of a
 * refund against it, inside the caller's transaction (which holds the booking's lock).
 * The seller is the business that sells the booking's service, as the catalog told it;
 * each business numbers its documents in its own locked series under its prefix, in its
 * own calendar year. A booking whose business the catalog never told is invoiced by the
 * configured seller in the platform's series.
 */
@Service
public class Invoicing {

	private final Invoices invoices;

	private final DocumentCounter counter;

	private final DueBookings dueBookings;

	private final SellingBusinesses sellers;

	private final BookingAppointments appointments;

	private final Outbox outbox;

	private final Seller seller;

	private final Clock clock;

	public Invoicing(Invoices invoices, DocumentCounter counter, DueBookings dueBookings, SellingBusinesses sellers,
			BookingAppointments appointments, Outbox outbox, Seller seller, Clock clock) {
		this.invoices = invoices;
		this.counter = counter;
		this.dueBookings = dueBookings;
		this.sellers = sellers;
		this.appointments = appointments;
		this.outbox = outbox;
		this.seller = seller;
		this.clock = clock;
	}

	public Mono<InvoiceDocument> invoicePayment(Payment paid, long version) {
		return invoices.invoiceOfBooking(paid.bookingId())
			.flatMap(invoice -> record(invoice, paid))
			.switchIfEmpty(Mono.defer(() -> dueBookings.byId(paid.bookingId())
				.map(Optional::of)
				.defaultIfEmpty(Optional.empty())
				.flatMap(due -> issue(paid, due, version))));
	}

	/**
	 * Names the attendees on the booking's invoice when its confirmation (which names
	 * them) came after the first payment issued it; nothing when the booking has no
	 * invoice yet (it will be drafted with the names) or names them already. Runs in the
	 * caller's transaction, which holds the booking's lock.
	 */
	public Mono<Void> nameAttendees(java.util.UUID bookingId, List<String> names) {
		return invoices.invoiceOfBooking(bookingId).flatMap(stored -> {
			Invoice invoice = stored.asInvoice();
			Invoice named = InvoiceDrafting.nameAttendees(invoice, names);
			return named.equals(invoice) ? Mono.<Void>empty()
					: invoices.update(InvoiceDocument.of(named, stored.timeZone())).then();
		});
	}

	/**
	 * An amount charged on the booking after its invoice was issued (a fee, a price
	 * difference) joins that invoice as its own line; nothing when the booking has no
	 * invoice yet (the first payment drafts it from the price with the charge in it).
	 * Runs in the consumer's transaction, which holds the booking's lock and hears each
	 * event once.
	 */
	public Mono<Void> charge(java.util.UUID bookingId, InvoiceLine charged) {
		return invoices.invoiceOfBooking(bookingId).flatMap(stored -> {
			Invoice invoice = stored.asInvoice();
			Invoice charging = InvoiceDrafting.charge(invoice, charged);
			return charging.equals(invoice) ? Mono.<Void>empty()
					: invoices.update(InvoiceDocument.of(charging, stored.timeZone())).then();
		});
	}

	/** The number of the booking's invoice, once its first payment issued it. */
	public Mono<String> numberOf(java.util.UUID bookingId) {
		return invoices.invoiceOfBooking(bookingId).map(InvoiceDocument::number);
	}

	/**
	 * The credit note of a refund against the booking's invoice: issued once per refund
	 * (the one already issued is answered again); empty when the booking has no invoice.
	 */
	public Mono<InvoiceDocument> creditRefund(Payment payment, String refundRef, long amountCents, long version) {
		return invoices.creditNoteOf(payment.id(), refundRef)
			.switchIfEmpty(Mono.defer(() -> invoices.invoiceOfBooking(payment.bookingId()).flatMap(stored -> {
				Instant now = clock.instant();
				Invoice invoice = stored.asInvoice();
				ZoneId zone = stored.timeZone() == null ? seller.zone() : ZoneId.of(stored.timeZone());
				long creditable = Math.min(amountCents, invoice.paidCents());
				return counter
					.next(invoice.number().series(), DocumentKind.CREDIT_NOTE, DocumentSeries.yearOf(now, zone))
					.map(number -> InvoiceDrafting.creditNote(number, invoice, null, creditable, now))
					.flatMap((CreditNote note) -> invoices.insert(
							InvoiceDocument.of(note, payment.bookingId(), payment.id(), stored.timeZone()), refundRef));
			})));
	}

	private Mono<InvoiceDocument> record(InvoiceDocument stored, Payment paid) {
		Invoice invoice = stored.asInvoice();
		if (invoice.records(paid.id())) {
			return Mono.just(stored);
		}
		Invoice recorded = InvoiceDrafting.recordPayment(invoice,
				new PaymentRecord(paid.id(), clock.instant(), paid.capturedCents()));
		return invoices.update(InvoiceDocument.of(recorded, stored.timeZone()));
	}

	private Mono<InvoiceDocument> issue(Payment paid, Optional<DueBooking> due, long version) {
		Instant now = clock.instant();
		Mono<Optional<SellingBusiness>> selling = due
			.map(d -> sellers.sellerOf(d.serviceId()).map(Optional::of).defaultIfEmpty(Optional.empty()))
			.orElse(Mono.just(Optional.empty()));
		Mono<Optional<Appointment>> appointment = appointments.of(paid.bookingId())
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty());
		return selling.zipWith(appointment).flatMap(known -> {
			Optional<SellingBusiness> business = known.getT1();
			Optional<BusinessProfile> profile = business.map(SellingBusiness::profile);
			String series = profile.map(BusinessProfile::invoicePrefix).orElse("");
			ZoneId zone = profile.map(BusinessProfile::timeZone)
				.or(() -> business.map(SellingBusiness::timeZone))
				.map(ZoneId::of)
				.orElse(seller.zone());
			Appointment what = appointmentOf(known.getT2(), business, zone);
			return counter.next(series, DocumentKind.INVOICE, DocumentSeries.yearOf(now, zone))
				.map(number -> InvoiceDocument.of(draft(number, paid, due, business, what, now), zone.getId()));
		})
			.flatMap(document -> invoices.insert(document, null))
			.flatMap(document -> outbox
				.append(new InvoiceIssued(document.number(), paid.bookingId(), paid.id(), document.totalCents(),
						document.currency(), version))
				.thenReturn(document));
	}

	/**
	 * Drafts from the booking's quote. A payment the service has no usable quote for (an
	 * intent made outside the fleet, a quote whose lines do not add up) is still
	 * invoiced, as one line for what was paid.
	 */
	private Invoice draft(DocumentNumber number, Payment paid, Optional<DueBooking> due,
			Optional<SellingBusiness> business, Appointment appointment, Instant now) {
		Party buyer = due
			.map(d -> new Party(d.customerName() == null ? "Customer" : d.customerName(), d.customerEmail(), List.of(),
					null))
			.orElse(new Party("Customer", null, List.of(), null));
		Party sellerParty = business.map(SellingBusiness::profile).map(Invoicing::party).orElse(seller.party());
		String tax = business.map(SellingBusiness::taxLabel).orElse(null);
		PaymentRecord first = new PaymentRecord(paid.id(), now, paid.capturedCents());
		if (due.isPresent()) {
			try {
				return InvoiceDrafting.invoice(number, paid.bookingId(), first, due.get().price(), sellerParty, buyer,
						appointment, tax, now);
			}
			catch (IllegalArgumentException unusableQuote) {
				// falls through to the single line below
			}
		}
		QuotedPrice paidOnly = new QuotedPrice(null, paid.amount().currencyCode(), paid.capturedCents(), 0, 0,
				List.of(new QuotedPrice.Line("BOOKING", "Booking " + paid.bookingId(), paid.capturedCents(), null)));
		return InvoiceDrafting.invoice(number, paid.bookingId(), first, paidOnly, sellerParty, buyer, appointment, null,
				now);
	}

	/**
	 * The appointment as the booking told it, named after the catalog's service and in
	 * the business's zone where the booking did not say.
	 */
	private static Appointment appointmentOf(Optional<Appointment> told, Optional<SellingBusiness> business,
			ZoneId zone) {
		String name = told.map(Appointment::serviceName)
			.or(() -> business.map(SellingBusiness::serviceName))
			.orElse(null);
		if (told.isEmpty()) {
			return name == null ? null : new Appointment(name, null, zone.getId(), 1, List.of());
		}
		Appointment known = told.get();
		return new Appointment(name, known.start(), known.timeZone() == null ? zone.getId() : known.timeZone(),
				known.attendeeCount(), known.attendees());
	}

	/**
	 * The business as its invoices name it: the legal entity, its address laid out for
	 * its country, its tax id.
	 */
	static Party party(BusinessProfile profile) {
		String legal = profile.legalName() != null ? profile.legalName() : profile.name();
		BusinessProfile.PostalAddress address = profile.address();
		Locale language = profile.language() == null ? Locale.ENGLISH : Locale.forLanguageTag(profile.language());
		List<String> lines = address == null ? List.of() : PostalAddresses.lines(address.streetLines(),
				address.locality(), address.region(), address.postalCode(), address.country(), language);
		return new Party(legal == null ? "Seller" : legal, profile.supportEmail(), lines, profile.taxId(),
				profile.taxIdLabel());
	}

}
