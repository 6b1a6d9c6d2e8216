package org.bookingfleet.integration.job.internal.partner;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bookingfleet.events.integration.CalendarEventCreated;
import org.bookingfleet.events.integration.ReminderSent;
import org.bookingfleet.events.integration.RonSessionCreated;
import org.bookingfleet.integration.IntegrationProperties;
import org.bookingfleet.integration.balance.BalanceDue;
import org.bookingfleet.integration.booking.BookingSnapshot;
import org.bookingfleet.integration.booking.BookingStatus;
import org.bookingfleet.integration.booking.Channel;
import org.bookingfleet.integration.booking.Price;
import org.bookingfleet.integration.calendar.Invitation;
import org.bookingfleet.integration.calendar.InvitationWriter;
import org.bookingfleet.integration.job.BookingJobPlan;
import org.bookingfleet.integration.job.CrmStage;
import org.bookingfleet.integration.job.IntegrationJob;
import org.bookingfleet.integration.job.internal.store.BookingPayments;
import org.bookingfleet.integration.job.internal.store.ClaimedJob;
import org.bookingfleet.integration.job.internal.store.Jobs;
import org.bookingfleet.integration.job.internal.store.RonSessions;
import org.bookingfleet.integration.job.internal.store.SentMessage;
import org.bookingfleet.integration.message.BookingMessages;
import org.bookingfleet.integration.message.ConfirmationDocument;
import org.bookingfleet.integration.message.DocumentKind;
import org.bookingfleet.integration.message.Language;
import org.bookingfleet.integration.message.MessageKind;
import org.bookingfleet.integration.message.RenderedMessage;
import org.bookingfleet.integration.notarization.RonSession;
import org.bookingfleet.integration.notarization.SessionStatus;
import org.bookingfleet.integration.reminder.ReminderKind;
import org.bookingfleet.integration.waitlist.OfferPlan;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Performs one claimed job at its partner. */
@Component
class PartnerCalls {

	private final Jobs jobs;

	private final GoHighLevel crm;

	private final GoogleCalendar calendar;

	private final Proof proof;

	private final Mailer mailer;

	private final TextMessages texts;

	private final BookingMessages messages;

	private final IntegrationProperties settings;

	private final OfferDelivery offers;

	private final RonSessions ronSessions;

	private final BookingPayments payments;

	private final Clock clock;

	private final MessageLinks links;

	PartnerCalls(Jobs jobs, GoHighLevel crm, GoogleCalendar calendar, Proof proof, Mailer mailer, TextMessages texts,
			BookingMessages messages, IntegrationProperties settings, OfferDelivery offers, RonSessions ronSessions,
			BookingPayments payments, MessageLinks links, Clock clock) {
		this.links = links;
		this.payments = payments;
		this.jobs = jobs;
		this.crm = crm;
		this.calendar = calendar;
		this.proof = proof;
		this.mailer = mailer;
		this.texts = texts;
		this.messages = messages;
		this.settings = settings;
		this.offers = offers;
		this.ronSessions = ronSessions;
		this.clock = clock;
	}

	/**
	 * Does the job with its booking's snapshot and the result of the job it runs after as
	 * its claim read them.
	 */
	Mono<JobOutcome> perform(ClaimedJob claimed) {
		IntegrationJob job = claimed.job();
		if (OfferPlan.isOffer(job.payload())) {
			return offers.perform(job);
		}
		return Mono.justOrEmpty(claimed.booking())
			.switchIfEmpty(Mono.error(() -> new IllegalArgumentException("no booking " + job.bookingId())))
			.flatMap(stored -> perform(claimed, stored.snapshot(), stored.status()));
	}

	private Mono<JobOutcome> perform(ClaimedJob claimed, BookingSnapshot booking, BookingStatus status) {
		IntegrationJob job = claimed.job();
		Map<String, String> payload = job.payload();
		return switch (job.action()) {
			case UPSERT_CONTACT -> crm.upsertContact(booking).map(JobOutcome.Done::result);
			case TAG_CONTACT -> contactOf(claimed)
				.flatMap(
						contact -> crm.tag(contact, Arrays.asList(payload.get(BookingJobPlan.PAYLOAD_TAGS).split(","))))
				.then(done());
			case TRIGGER_WORKFLOW -> contactOf(claimed).flatMap(crm::startWorkflow).then(done());
			case MOVE_OPPORTUNITY -> contactOf(claimed).flatMap(contact -> crm.moveOpportunity(contact, booking,
					CrmStage.valueOf(payload.get(BookingJobPlan.PAYLOAD_STAGE))))
				.then(done());
			case INSERT_CALENDAR_EVENT -> {
				String eventId = payload.get(BookingJobPlan.PAYLOAD_CALENDAR_EVENT_ID);
				yield calendar.insert(booking.providerCalendarId(), eventId, booking)
					.then(Mono.just(JobOutcome.Done.result(Optional.of(eventId),
							List.of(new CalendarEventCreated(booking.bookingId(), eventId)), List.of())));
			}
			case UPDATE_CALENDAR_EVENT -> calendar
				.update(booking.providerCalendarId(), payload.get(BookingJobPlan.PAYLOAD_CALENDAR_EVENT_ID), booking)
				.then(done());
			case DELETE_CALENDAR_EVENT ->
				calendar.delete(booking.providerCalendarId(), payload.get(BookingJobPlan.PAYLOAD_CALENDAR_EVENT_ID))
					.then(done());
			case CREATE_RON_SESSION -> status != BookingStatus.CONFIRMED
					? Mono.just(new JobOutcome.Withdrawn("the booking is no longer confirmed"))
					: proof.createTransaction(booking).flatMap(session -> ronSession(booking, session));
			case CANCEL_RON_SESSION -> recallRonSession(booking);
			case SEND_EMAIL, SEND_SMS, SEND_WHATSAPP -> message(job, booking, status);
		};
	}

	private Mono<JobOutcome> message(IntegrationJob job, BookingSnapshot booking, BookingStatus status) {
		Map<String, String> payload = job.payload();
		Instant now = clock.instant();
		Optional<ReminderKind> reminder = Optional.ofNullable(payload.get(BookingJobPlan.PAYLOAD_REMINDER))
			.map(ReminderKind::valueOf);
		if (reminder.isPresent() && (status != BookingStatus.CONFIRMED
				|| !booking.start().toString().equals(payload.get(BookingJobPlan.PAYLOAD_STARTS_AT))
				|| !now.isBefore(booking.start()))) {
			return Mono.just(new JobOutcome.Withdrawn("the booking is no longer at that time"));
		}
		MessageKind kind = MessageKind.valueOf(payload.get(BookingJobPlan.PAYLOAD_MESSAGE));
		Language language = Language.of(payload.get(BookingJobPlan.PAYLOAD_LANGUAGE));
		String addressee = payload.get(BookingJobPlan.PAYLOAD_ADDRESSEE);
		String refund = payload.get(BookingJobPlan.PAYLOAD_REFUND_CENTS);
		String link = payload.get(BookingJobPlan.PAYLOAD_LINK);
		String to = addressee == null ? booking.customer().name() : addressee;
		if (kind == MessageKind.RON_SIGNER_LINK && status != BookingStatus.CONFIRMED) {
			return Mono.just(new JobOutcome.Withdrawn("the booking is no longer confirmed"));
		}
		if (kind == MessageKind.BALANCE_DUE) {
			return balance(job, booking, status, language, to);
		}
		String document = payload.get(BookingJobPlan.PAYLOAD_DOCUMENT);
		BookingMessages messages = document == null ? managed(booking)
				: managed(booking).naming(DocumentKind.valueOf(payload.get(BookingJobPlan.PAYLOAD_DOCUMENT_KIND)),
						document, links.document(document), language);
		RenderedMessage rendered = refund != null
				? messages.render(to, kind, booking, language, Long.parseLong(refund),
						payload.get(BookingJobPlan.PAYLOAD_CURRENCY))
				: link != null ? messages.renderWithLink(to, kind, booking, language, link)
						: messages.renderFor(to, kind, booking, language);
		String recipient = payload.get(BookingJobPlan.PAYLOAD_RECIPIENT);
		Channel channel = Channel.sentBy(job.action());
		Mono<String> sent = channel == Channel.EMAIL ? mailer.send(email(job, booking, kind, rendered, recipient))
				: texts.send(channel, recipient, rendered.text());
		return sent.map(reference -> {
			List<Object> events = new ArrayList<>();
			reminder.ifPresent(r -> events.add(new ReminderSent(booking.bookingId(), channel.name(),
					(int) r.lead().toMinutes(), clock.instant())));
			return JobOutcome.Done.sent(new SentMessage(channel, recipient, kind, reference), events);
		});
	}

	/**
	 * Asks for what is still due of the booking's price at the moment of asking (its
	 * payments less what was refunded of them, refunds heard after the reminder was
	 * planned included), on the job's channel: nothing when it is paid, the booking
	 * moved, was cancelled or has started.
	 */
	private Mono<JobOutcome> balance(IntegrationJob job, BookingSnapshot booking, BookingStatus status,
			Language language, String to) {
		Map<String, String> payload = job.payload();
		if (status != BookingStatus.CONFIRMED
				|| !booking.start().toString().equals(payload.get(BookingJobPlan.PAYLOAD_STARTS_AT))
				|| !clock.instant().isBefore(booking.start())) {
			return Mono.just(new JobOutcome.Withdrawn("the booking is no longer at that time"));
		}
		long total = Long.parseLong(payload.get(BookingJobPlan.PAYLOAD_BALANCE_OF_CENTS));
		String recipient = payload.get(BookingJobPlan.PAYLOAD_RECIPIENT);
		return payments.takenCents(booking.bookingId()).map(taken -> new BalanceDue(total, taken)).flatMap(due -> {
			if (due.settled()) {
				return Mono.just(new JobOutcome.Withdrawn("the balance is paid"));
			}
			RenderedMessage rendered = managed(booking).renderBalance(to, MessageKind.BALANCE_DUE, booking, language,
					new Price(due.owedCents(), payload.get(BookingJobPlan.PAYLOAD_CURRENCY)));
			Channel channel = Channel.sentBy(job.action());
			Mono<String> delivered = channel == Channel.EMAIL
					? mailer.send(email(job, booking, MessageKind.BALANCE_DUE, rendered, recipient))
					: texts.send(channel, recipient, rendered.text());
			return delivered.map(reference -> (JobOutcome) JobOutcome.Done
				.sent(new SentMessage(channel, recipient, MessageKind.BALANCE_DUE, reference), List.of()));
		});
	}

	/**
	 * The messages with the signed link of the booking's manage page, for the templates
	 * that hand it on ({@code {manageLink}}: the refund, the balance still due).
	 */
	private BookingMessages managed(BookingSnapshot booking) {
		return messages.managedAt(links.manage(booking.bookingId(), booking.end()));
	}

	private Mailer.Email email(IntegrationJob job, BookingSnapshot booking, MessageKind kind, RenderedMessage rendered,
			String recipient) {
		List<Mailer.Attachment> attachments = new ArrayList<>();
		if (Boolean.parseBoolean(job.payload().get(BookingJobPlan.PAYLOAD_ATTACH_INVITATION))) {
			Invitation invitation = new Invitation(booking.bookingId() + "@bookingfleet", booking.version(),
					booking.start(), booking.end(), booking.providerZone(),
					booking.serviceName() + " - " + booking.providerName(), rendered.body(), booking.place(),
					settings.senderEmail(), recipient, kind == MessageKind.CANCELLATION, clock.instant());
			String method = kind == MessageKind.CANCELLATION ? "CANCEL" : "REQUEST";
			attachments.add(new Mailer.Attachment("invite.ics", "text/calendar; charset=UTF-8; method=" + method,
					new InvitationWriter().write(invitation).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		if (kind == MessageKind.CONFIRMATION) {
			attachments
				.add(new Mailer.Attachment("confirmation.pdf", "application/pdf", ConfirmationDocument.of(rendered)));
		}
		return new Mailer.Email("<" + job.id() + "@bookingfleet>", recipient, rendered.subject(), rendered.body(),
				attachments);
	}

	private static Mono<String> contactOf(ClaimedJob claimed) {
		return Mono.justOrEmpty(claimed.afterResult())
			.switchIfEmpty(
					Mono.error(() -> new IllegalStateException("no CRM contact yet for " + claimed.job().bookingId())));
	}

	private static Mono<JobOutcome> done() {
		return Mono.just(JobOutcome.Done.nothing());
	}

	/**
	 * The session Proof answered, kept once: the same answer again is done, another
	 * booking's id a failure.
	 */
	private Mono<JobOutcome> ronSession(BookingSnapshot booking, Proof.Session answer) {
		RonSession answered = new RonSession(booking.bookingId(), answer.transactionId(), answer.signerLink());
		return ronSessions.keptFor(booking.bookingId(), answer.transactionId()).map(kept -> {
			RonSession.Verdict verdict = RonSession.judge(answered, kept);
			if (verdict instanceof RonSession.Verdict.Conflict conflict) {
				throw new IllegalArgumentException(conflict.reason());
			}
			if (verdict instanceof RonSession.Verdict.AlreadyKept already) {
				return JobOutcome.Done.result(already.kept().transactionId());
			}
			Instant now = clock.instant();
			List<Mono<Void>> records = new ArrayList<>();
			records.add(ronSessions.add(answered, now));
			if (answered.signerLink() != null && !answered.signerLink().isBlank()) {
				records.add(jobs.add(BookingJobPlan.signerLink(booking, answered.signerLink(), now), now).then());
			}
			return JobOutcome.Done.result(Optional.of(answered.transactionId()), List
				.of(new RonSessionCreated(booking.bookingId(), answered.transactionId(), answered.signerLink())),
					records);
		});
	}

	/**
	 * A cancelled booking recalls its Proof transaction, once: a session already ended
	 * (completed, cancelled, expired) or never made asks for nothing.
	 */
	private Mono<JobOutcome> recallRonSession(BookingSnapshot booking) {
		return ronSessions.of(booking.bookingId())
			.filter(kept -> !kept.status().ended())
			.flatMap(
					kept -> proof.recall(kept.session().transactionId(), "booking cancelled")
						.thenReturn(
								(JobOutcome) JobOutcome.Done.result(Optional.of(kept.session().transactionId()),
										List.of(),
										List.of(ronSessions.move(kept.session().transactionId(),
												SessionStatus.CANCELLED, clock.instant())
											.then()))))
			.switchIfEmpty(done());
	}

}
