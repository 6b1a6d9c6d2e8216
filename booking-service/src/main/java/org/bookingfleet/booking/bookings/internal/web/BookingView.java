package org.bookingfleet.booking.bookings.internal.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.bookingfleet.booking.bookings.Booking;
import org.bookingfleet.booking.bookings.BookingDetails;
import org.bookingfleet.booking.bookings.BookingProgress;
import org.bookingfleet.booking.bookings.internal.store.BookingInvoices;
import org.bookingfleet.booking.bookings.internal.store.FeeLines;
import org.bookingfleet.booking.notarization.Notarization;
import org.bookingfleet.booking.quote.LockedQuote;
import org.bookingfleet.booking.request.Attendee;
import org.bookingfleet.events.booking.PriceSnapshot;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A booking as the public API shows it. {@code accessToken} appears once: in the answer
 * to its creation. {@code amountDueCents} is what is due now, fees included;
 * {@code balanceDueCents} what of it is still unpaid (a refund does not make it owed
 * again); {@code owedCents} what is still unpaid of what the booking costs in all (its
 * price with the fees; after a paid deposit, the balance), less the payments it took
 * before any refund: a goodwill refund is never asked for again; {@code paidCents} what
 * the booking holds of what was paid: the payments it took less the refunds of them
 * ({@code refundedCents}, every refund the payment service issued on them) and less what
 * it already decided to give back when its price fell; {@code refundCents} the refund a
 * cancellation decided; {@code charges} the fee lines that joined the quoted price;
 * {@code language} and {@code channels} how the customer hears about the booking;
 * {@code invoiceNumber} and {@code invoiceUrl} (its PDF) the booking's one invoice, once
 * a payment issued it; {@code notarization} where a remote online notarization booking's
 * Proof transaction stands (absent for other bookings and until Proof made the
 * transaction).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BookingView(UUID id, String status, String serviceId, long providerId, Instant scheduledDateTime,
		Instant endDateTime, String timeZone, String customerName, String customerEmail, String customerPhone,
		JsonNode address, String promoCode, String specialInstructions, int seats, List<Attendee> attendees,
		LockedQuote pricing, String currency, long amountDueCents, long paidCents, long balanceDueCents,
		List<PriceSnapshot.Line> charges, Long pendingFeeCents, Long refundCents, Instant payBy, String statusReason,
		UUID pendingHoldId, String accessToken, UUID seriesId, Integer seriesIndex, Instant createdAt,
		Instant updatedAt, String language, List<String> channels, long refundedCents, String invoiceNumber,
		String invoiceUrl, Notarization notarization, long owedCents) {

	private static final TypeReference<List<Attendee>> ATTENDEES = new TypeReference<>() {
	};

	public static BookingView of(Booking booking, String accessToken, JsonMapper json) {
		BookingDetails d = booking.details();
		BookingProgress p = booking.progress();
		return new BookingView(d.id(), p.status().name(), d.serviceId(), d.providerId(), p.startsAt(), p.endsAt(),
				d.timeZone(), d.customerName(), d.customerEmail(), d.customerPhone(),
				d.address() == null ? null : json.readTree(d.address()), d.promoCode(), d.specialInstructions(),
				d.seats(), json.readValue(d.attendees(), ATTENDEES), json.readValue(d.quote(), LockedQuote.class),
				d.currency(), booking.amountDueCents(), booking.keptCents(), booking.balance().remainingCents(),
				FeeLines.read(p.charges(), json), p.pendingFeeCents(), p.refundCents(), p.payBy(), p.statusReason(),
				p.pendingHoldId(), accessToken, d.seriesId(), d.seriesIndex(), d.createdAt(), p.updatedAt(),
				d.language(), d.channels(), booking.refunded().refundedCents(), null, null, null,
				booking.balance().owedCents());
	}

	/** The same view naming the booking's invoice and where its PDF is read. */
	public BookingView withInvoice(String number) {
		return new BookingView(id, status, serviceId, providerId, scheduledDateTime, endDateTime, timeZone,
				customerName, customerEmail, customerPhone, address, promoCode, specialInstructions, seats, attendees,
				pricing, currency, amountDueCents, paidCents, balanceDueCents, charges, pendingFeeCents, refundCents,
				payBy, statusReason, pendingHoldId, accessToken, seriesId, seriesIndex, createdAt, updatedAt, language,
				channels, refundedCents, number, BookingInvoices.urlOf(number), notarization, owedCents);
	}

	/** The same view with where its remote online notarization stands at Proof. */
	public BookingView withNotarization(Notarization notarization) {
		return new BookingView(id, status, serviceId, providerId, scheduledDateTime, endDateTime, timeZone,
				customerName, customerEmail, customerPhone, address, promoCode, specialInstructions, seats, attendees,
				pricing, currency, amountDueCents, paidCents, balanceDueCents, charges, pendingFeeCents, refundCents,
				payBy, statusReason, pendingHoldId, accessToken, seriesId, seriesIndex, createdAt, updatedAt, language,
				channels, refundedCents, invoiceNumber, invoiceUrl, notarization, owedCents);
	}
}
