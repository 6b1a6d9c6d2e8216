package org.bookingfleet.payment.billing.internal.store;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.booking.BookingAwaitingPayment;
import org.bookingfleet.events.booking.BookingFeeCharged;
import org.bookingfleet.events.booking.PriceSnapshot;
import org.bookingfleet.payment.billing.intent.BookingCredentials;
import org.bookingfleet.payment.billing.intent.DueBooking;
import org.bookingfleet.payment.billing.intent.IntentPlan;
import org.bookingfleet.payment.billing.intent.IntentStatusReading;
import org.bookingfleet.payment.billing.intent.Payment;
import org.bookingfleet.payment.billing.internal.stripe.StripeGateway;
import org.bookingfleet.payment.billing.invoice.InvoiceLine;
import org.bookingfleet.payment.billing.invoice.QuotedPrice;
import org.bookingfleet.payment.money.Money;
import org.bookingfleet.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * A booking's way to being paid: the attempt stored when the booking starts waiting for
 * money, the PaymentIntent its owner asks for (a new attempt after a decline), and the
 * status asked of Stripe on the owner's return.
 */
@Service
public class BookingPayments {

	private final DueBookings dueBookings;

	private final Payments payments;

	private final IntentCreation creation;

	private final PaymentProgressRecording updates;

	private final StripeGateway stripe;

	private final TransactionalOperator transaction;

	private final Invoicing invoicing;

	public BookingPayments(DueBookings dueBookings, Payments payments, IntentCreation creation,
			PaymentProgressRecording updates, StripeGateway stripe, TransactionalOperator transaction,
			Invoicing invoicing) {
		this.invoicing = invoicing;
		this.dueBookings = dueBookings;
		this.payments = payments;
		this.creation = creation;
		this.updates = updates;
		this.stripe = stripe;
		this.transaction = transaction;
	}

	/**
	 * Runs in the consumer's transaction; the PaymentIntent itself is created by the
	 * waiting work.
	 */
	public Mono<Void> awaitingPayment(BookingAwaitingPayment event, EventEnvelope envelope) {
		DueBooking due = dueBooking(event, envelope.data());
		return dueBookings.save(due).then(dueBookings.byIdForUpdate(due.bookingId())).then(plan(due, false)).then();
	}

	/**
	 * Runs in the consumer's transaction: a fee joined the booking (a late reschedule's).
	 * The booking owes more; the next attempt asks for what is outstanding, which is the
	 * fee alone when the rest is paid. An invoice already issued gets the charge as its
	 * own line (a price difference too, below zero when the new time costs less).
	 */
	public Mono<Void> feeCharged(BookingFeeCharged event, EventEnvelope envelope) {
		DueBooking due = dueBooking(event);
		return dueBookings.byIdForUpdate(due.bookingId())
			.then(dueBookings.owe(due))
			.then(invoicing.charge(due.bookingId(),
					new InvoiceLine(event.code(), event.label() == null ? event.code() : event.label(),
							event.feeCents())))
			.then(dueBookings.byIdForUpdate(due.bookingId()))
			.filter(stored -> !stored.isClosed())
			.flatMap(stored -> plan(stored, false))
			.then();
	}

	/**
	 * The PaymentIntent for what the booking asks of its owner now: what is due now (the
	 * deposit, a fee) while any of it is unpaid, then the balance of its price. Asking
	 * again while that intent is open gives the same intent; a booking paid in full is
	 * 409 {@code ALREADY_PAID}.
	 */
	public Mono<IntentView> requestIntent(UUID bookingId, BookingCredentials credentials) {
		return owned(bookingId, credentials)
			.flatMap(due -> due.isClosed() ? Mono.error(new ApiException(HttpStatus.CONFLICT,
					"INVALID_STATE_TRANSITION", "the booking takes no more payment: " + due.closed())) : Mono.just(due))
			.flatMap(due -> transaction
				.transactional(dueBookings.byIdForUpdate(bookingId).flatMap(locked -> plan(locked, true))))
			.flatMap(creation::create)
			.map(IntentView::of)
			.flatMap(this::withInvoice);
	}

	/**
	 * Locks the booking for the rest of the caller's transaction. Every writer locks a
	 * booking before its payments, so two transactions never wait on each other.
	 */
	public Mono<Void> lockBooking(UUID bookingId) {
		return dueBookings.byIdForUpdate(bookingId).then();
	}

	/**
	 * Runs in the consumer's transaction: open attempts are canceled at Stripe by the
	 * waiting work.
	 */
	public Mono<Void> bookingClosed(UUID bookingId, String reason) {
		return dueBookings.close(bookingId, reason).then(payments.requestCancel(bookingId)).then();
	}

	public Mono<IntentView> currentIntent(UUID bookingId, BookingCredentials credentials) {
		return owned(bookingId, credentials).then(payments.latestForBooking(bookingId))
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("payment")))
			.map(IntentView::of)
			.flatMap(this::withInvoice);
	}

	public Mono<IntentView> payment(UUID paymentId, BookingCredentials credentials) {
		return payments.byId(paymentId)
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("payment")))
			.flatMap(stored -> owned(stored.payment().bookingId(), credentials).thenReturn(stored))
			.map(IntentView::of)
			.flatMap(this::withInvoice);
	}

	/**
	 * Asks Stripe where the intent stands and applies the answer as its webhook would.
	 */
	public Mono<IntentView> confirm(String paymentIntentId, BookingCredentials credentials) {
		return payments.byIntent(paymentIntentId)
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("payment")))
			.flatMap(stored -> owned(stored.payment().bookingId(), credentials).thenReturn(stored))
			.flatMap(stored -> stripe.intent(paymentIntentId)
				.flatMap(intent -> transaction.transactional(dueBookings.byIdForUpdate(stored.payment().bookingId())
					.then(payments.byIdForUpdate(stored.payment().id()))
					.flatMap(locked -> IntentStatusReading
						.of(intent.status(), intent.amountReceivedCents(), intent.lastErrorCode(),
								intent.lastErrorMessage())
						.map(observation -> updates.observe(locked, paymentIntentId, observation))
						.orElse(Mono.just(locked))))))
			.map(IntentView::of)
			.flatMap(this::withInvoice);
	}

	/**
	 * The booking's invoice, named in every answer about its payments once it is issued.
	 */
	private Mono<IntentView> withInvoice(IntentView view) {
		return invoicing.numberOf(view.bookingId()).map(view::withInvoice).defaultIfEmpty(view);
	}

	/**
	 * Plans the attempt for what the booking still owes: what it owes now less what its
	 * payments brought in, and when its owner asks ({@code balanceToo}) and that is paid,
	 * the balance of its price. Only the owner's request plans a balance: the events of
	 * the booking service ask for what is due now, never for an intent nobody asked for.
	 */
	private Mono<StoredPayment> plan(DueBooking due, boolean balanceToo) {
		return payments.latestForBooking(due.bookingId())
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.zipWith(payments.collectedForBooking(due.bookingId(), null))
			.flatMap(known -> {
				Optional<StoredPayment> latest = known.getT1();
				long collected = known.getT2();
				Money outstanding = balanceToo ? IntentPlan.requested(due.amountDue(), due.inFull().cents(), collected)
						: IntentPlan.outstanding(due.amountDue(), collected);
				IntentPlan plan = IntentPlan.forBooking(due.bookingId(), outstanding,
						latest.map(StoredPayment::payment));
				if (plan instanceof IntentPlan.Create create) {
					return payments.insert(Payment.creating(UUID.randomUUID(), create.attempt(), create.amount()));
				}
				if (plan instanceof IntentPlan.AlreadyPaid && balanceToo) {
					return Mono.error(paidInFull(due, collected));
				}
				return Mono.just(latest.orElseThrow());
			});
	}

	private static ApiException paidInFull(DueBooking due, long collected) {
		return new ApiException(HttpStatus.CONFLICT, "ALREADY_PAID", "the booking is paid in full: nothing is owed",
				null, Map.of("paidCents", collected, "priceCents", due.inFull().cents(), "currency",
						due.amountDue().currencyCode()));
	}

	private Mono<DueBooking> owned(UUID bookingId, BookingCredentials credentials) {
		return dueBookings.byId(bookingId)
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("booking")))
			.flatMap(due -> credentials.open(due) ? Mono.just(due)
					: Mono.error(ApiException.forbidden("only the booking's owner may pay it")));
	}

	/**
	 * The booking's owner travels in optional fields at the end of the event
	 * ({@code ownerSubject}, {@code accessTokenDigest}); read from the body so the
	 * service works before and after they are added.
	 */
	static DueBooking dueBooking(BookingAwaitingPayment event, JsonNode body) {
		QuotedPrice quoted = event.price() == null
				? new QuotedPrice(null, event.currency(), event.amountDueCents(), 0, 0, null) : quoted(event.price());
		String name = event.customer() == null ? null : event.customer().name();
		String email = event.customer() == null ? null : event.customer().email();
		return new DueBooking(event.bookingId(), event.serviceId(), event.providerId(),
				Money.of(event.amountDueCents(), event.currency()), event.payBy(), name, email,
				text(body, "ownerSubject"), text(body, "accessTokenDigest"), quoted, null);
	}

	static DueBooking dueBooking(BookingFeeCharged event) {
		String name = event.customer() == null ? null : event.customer().name();
		String email = event.customer() == null ? null : event.customer().email();
		return new DueBooking(event.bookingId(), event.serviceId(), event.providerId(),
				Money.of(event.amountDueCents(), event.currency()), null, name, email, event.ownerSubject(),
				event.accessTokenDigest(), quoted(event.price()), null);
	}

	/** The price the booking service announced, as the invoice shows it. */
	private static QuotedPrice quoted(PriceSnapshot price) {
		return new QuotedPrice(price.quoteId(), price.currency(), price.totalCents(), price.depositCents(),
				price.taxesCents(),
				price.lines() == null ? null : price.lines()
					.stream()
					.map(line -> new QuotedPrice.Line(line.code(), line.label(), line.amountCents(), line.rule()))
					.toList());
	}

	private static String text(JsonNode body, String field) {
		JsonNode value = body == null ? null : body.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

}
