package org.bookingfleet.integration.job;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.bookingfleet.integration.booking.Attendee;
import org.bookingfleet.integration.booking.BookingSnapshot;
import org.bookingfleet.integration.booking.Channel;
import org.bookingfleet.integration.booking.ServiceType;
import org.bookingfleet.integration.calendar.CalendarEventId;
import org.bookingfleet.integration.message.DocumentKind;
import org.bookingfleet.integration.message.MessageKind;
import org.bookingfleet.integration.reminder.Reminder;

/**
 * The side effects each booking event asks for. Dedupe keys name the effect, not the
 * event: a confirmation seen twice asks for the same contact, event and email, so it
 * yields no second job. The jobs of a move carry the booking version, since every move
 * deserves its own update.
 */
public final class BookingJobPlan {

	public static final String PAYLOAD_MESSAGE = "message";

	public static final String PAYLOAD_RECIPIENT = "recipient";

	public static final String PAYLOAD_LANGUAGE = "language";

	/** The name a message to an attendee other than the buyer greets. */
	public static final String PAYLOAD_ADDRESSEE = "addressee";

	/** What a cancellation gives back, in minor units of the booking's currency. */
	public static final String PAYLOAD_REFUND_CENTS = "refundCents";

	public static final String PAYLOAD_ATTACH_INVITATION = "attachInvitation";

	public static final String PAYLOAD_CALENDAR_EVENT_ID = "calendarEventId";

	public static final String PAYLOAD_TAGS = "tags";

	public static final String PAYLOAD_STAGE = "stage";

	public static final String PAYLOAD_WORKFLOW = "workflow";

	public static final String PAYLOAD_REMINDER = "reminder";

	public static final String PAYLOAD_STARTS_AT = "startsAt";

	/**
	 * The price a balance reminder compares with what was paid, in minor units of the
	 * booking's currency.
	 */
	public static final String PAYLOAD_BALANCE_OF_CENTS = "balanceOfCents";

	/** How long before the start the balance is asked for. */
	public static final java.time.Duration BALANCE_LEAD = java.time.Duration.ofHours(48);

	/** The currency of {@link #PAYLOAD_REFUND_CENTS}, when it is not the booking's. */
	public static final String PAYLOAD_CURRENCY = "currency";

	/**
	 * The number of the document a message names: the invoice in the buyer's
	 * confirmation, the credit note in a refund's email.
	 */
	public static final String PAYLOAD_DOCUMENT = "document";

	/** Which kind of document {@link #PAYLOAD_DOCUMENT} is. */
	public static final String PAYLOAD_DOCUMENT_KIND = "documentKind";

	/** The link a message hands on (the signer's link of a RON session). */
	public static final String PAYLOAD_LINK = "link";

	private BookingJobPlan() {
	}

	public static List<JobRequest> confirmed(BookingSnapshot booking, Instant now) {
		return confirmed(booking, null, now);
	}

	/**
	 * A confirmation; the buyer's email names the booking's invoice when a payment issued
	 * it before (the other attendees' do not: the invoice is the buyer's).
	 */
	public static List<JobRequest> confirmed(BookingSnapshot booking, String invoiceNumber, Instant now) {
		List<JobRequest> jobs = new ArrayList<>();
		String id = booking.bookingId().toString();
		String contact = contactKey(booking);
		jobs.add(job(JobAction.UPSERT_CONTACT, booking, contact, Optional.empty(), Map.of(), now));
		jobs.add(job(JobAction.TAG_CONTACT, booking, "ghl:tag:confirmed:" + id, Optional.of(contact),
				Map.of(PAYLOAD_TAGS, "booking-confirmed,service-" + booking.serviceType().name().toLowerCase()), now));
		jobs.add(job(JobAction.TRIGGER_WORKFLOW, booking, "ghl:workflow:confirmed:" + id, Optional.of(contact),
				Map.of(PAYLOAD_WORKFLOW, "booking-confirmed"), now));
		jobs.add(moveOpportunity(booking, CrmStage.CONFIRMED, now));
		jobs.add(job(JobAction.INSERT_CALENDAR_EVENT, booking, calendarInsertKey(booking), Optional.empty(),
				Map.of(PAYLOAD_CALENDAR_EVENT_ID, CalendarEventId.forBooking(booking.bookingId()).value()), now));
		if (booking.serviceType() == ServiceType.RON) {
			jobs.add(job(JobAction.CREATE_RON_SESSION, booking, ronSessionKey(booking), Optional.empty(), Map.of(),
					now));
		}
		String buyersEmail = "email:confirmation:" + id;
		customerMessages(booking, MessageKind.CONFIRMATION, "confirmation:" + id, true, now)
			.forEach(job -> jobs.add(job.dedupeKey().equals(buyersEmail) && invoiceNumber != null
					? withDocument(job, DocumentKind.INVOICE, invoiceNumber) : job));
		if (booking.needsProviderAlert()) {
			jobs.add(job(JobAction.SEND_EMAIL, booking, "email:provider-alert:" + id, Optional.empty(),
					Map.of(PAYLOAD_MESSAGE, MessageKind.PROVIDER_ALERT.name(), PAYLOAD_RECIPIENT,
							booking.providerEmail(), PAYLOAD_LANGUAGE, booking.customer().languageTag()),
					now));
		}
		return List.copyOf(jobs);
	}

	public static List<JobRequest> rescheduled(BookingSnapshot moved, Instant now) {
		List<JobRequest> jobs = new ArrayList<>();
		String version = moved.bookingId() + ":v" + moved.version();
		jobs.add(job(JobAction.UPDATE_CALENDAR_EVENT, moved, "calendar:update:" + version,
				Optional.of(calendarInsertKey(moved)),
				Map.of(PAYLOAD_CALENDAR_EVENT_ID, CalendarEventId.forBooking(moved.bookingId()).value()), now));
		jobs.addAll(customerMessages(moved, MessageKind.RESCHEDULED, "rescheduled:" + version, true, now));
		return List.copyOf(jobs);
	}

	public static List<JobRequest> cancelled(BookingSnapshot booking, Instant now) {
		return cancelled(booking, 0, now);
	}

	/** A cancellation, its messages telling the refund it gives. */
	public static List<JobRequest> cancelled(BookingSnapshot booking, long refundCents, Instant now) {
		List<JobRequest> jobs = new ArrayList<>();
		String id = booking.bookingId().toString();
		jobs.add(job(JobAction.TAG_CONTACT, booking, "ghl:tag:cancelled:" + id, Optional.of(contactKey(booking)),
				Map.of(PAYLOAD_TAGS, "booking-cancelled"), now));
		jobs.add(moveOpportunity(booking, CrmStage.CANCELLED, now));
		jobs.add(job(JobAction.DELETE_CALENDAR_EVENT, booking, "calendar:delete:" + id,
				Optional.of(calendarInsertKey(booking)),
				Map.of(PAYLOAD_CALENDAR_EVENT_ID, CalendarEventId.forBooking(booking.bookingId()).value()), now));
		if (booking.serviceType() == ServiceType.RON) {
			jobs.add(job(JobAction.CANCEL_RON_SESSION, booking, "proof:cancel:" + id,
					Optional.of(ronSessionKey(booking)), Map.of(), now));
		}
		customerMessages(booking, MessageKind.CANCELLATION, "cancellation:" + id, true, now).forEach(job -> {
			Map<String, String> payload = new HashMap<>(job.payload());
			payload.put(PAYLOAD_REFUND_CENTS, Long.toString(refundCents));
			jobs.add(new JobRequest(job.action(), job.bookingId(), job.dedupeKey(), job.after(), payload,
					job.notBefore()));
		});
		return List.copyOf(jobs);
	}

	public static List<JobRequest> completed(BookingSnapshot booking, Instant now) {
		return List.of(moveOpportunity(booking, CrmStage.COMPLETED, now));
	}

	/**
	 * The reminders as jobs: the buyer's on each of their channels, and by email to every
	 * other attendee who gave an address.
	 */
	public static List<JobRequest> reminders(BookingSnapshot booking, List<Reminder> reminders) {
		List<JobRequest> jobs = new ArrayList<>();
		for (Reminder reminder : reminders) {
			jobs.add(reminder(booking, reminder));
			if (reminder.channel() == Channel.EMAIL) {
				for (Attendee attendee : booking.otherAttendees()) {
					jobs.add(job(JobAction.SEND_EMAIL, booking, reminder.dedupeKey() + ":" + attendeeKey(attendee),
							Optional.empty(),
							Map.of(PAYLOAD_MESSAGE, reminder.kind().message().name(), PAYLOAD_RECIPIENT,
									attendee.email().strip(), PAYLOAD_ADDRESSEE, attendee.name(), PAYLOAD_LANGUAGE,
									booking.customer().languageTag(), PAYLOAD_REMINDER, reminder.kind().name(),
									PAYLOAD_STARTS_AT, reminder.appointmentStart().toString()),
							reminder.dueAt()));
				}
			}
		}
		return jobs;
	}

	/** A reminder becomes a job that waits for its moment. */
	public static JobRequest reminder(BookingSnapshot booking, Reminder reminder) {
		Channel channel = reminder.channel();
		return job(channel.sendAction(), booking, reminder.dedupeKey(), Optional.empty(),
				Map.of(PAYLOAD_MESSAGE, reminder.kind().message().name(), PAYLOAD_RECIPIENT,
						recipient(booking, channel), PAYLOAD_LANGUAGE, booking.customer().languageTag(),
						PAYLOAD_REMINDER, reminder.kind().name(), PAYLOAD_STARTS_AT,
						reminder.appointmentStart().toString()),
				reminder.dueAt());
	}

	/**
	 * The signer's link of the booking's RON session, told to the customer as soon as
	 * Proof answered: by email, and by SMS (or WhatsApp where chosen) to the phone they
	 * gave, in their language. Only the customer signs, so other attendees get nothing.
	 */
	public static List<JobRequest> signerLink(BookingSnapshot booking, String link, Instant now) {
		List<JobRequest> jobs = new ArrayList<>();
		String key = "ron-signer-link:" + booking.bookingId();
		String language = booking.customer().languageTag();
		jobs.add(job(JobAction.SEND_EMAIL, booking, "email:" + key, Optional.empty(),
				Map.of(PAYLOAD_MESSAGE, MessageKind.RON_SIGNER_LINK.name(), PAYLOAD_RECIPIENT,
						booking.customer().email(), PAYLOAD_LANGUAGE, language, PAYLOAD_LINK, link),
				now));
		List<Channel> texts = booking.customer().reachableChannels().contains(Channel.WHATSAPP)
				? List.of(Channel.SMS, Channel.WHATSAPP) : List.of(Channel.SMS);
		for (Channel channel : texts) {
			if (booking.customer().phone().isPresent()) {
				jobs.add(job(channel.sendAction(), booking, channel.name().toLowerCase() + ":" + key, Optional.empty(),
						Map.of(PAYLOAD_MESSAGE, MessageKind.RON_SIGNER_LINK.name(), PAYLOAD_RECIPIENT,
								booking.customer().phone().orElseThrow(), PAYLOAD_LANGUAGE, language, PAYLOAD_LINK,
								link),
						now));
			}
		}
		return List.copyOf(jobs);
	}

	/**
	 * A refund told to the customer by email, once per refund: the amount in the refund's
	 * currency, in the customer's language.
	 */
	public static List<JobRequest> refunded(BookingSnapshot booking, String refundId, long amountCents, String currency,
			Instant now) {
		return refunded(booking, refundId, amountCents, currency, null, now);
	}

	/** A refund's email, naming its credit note when one was issued. */
	public static List<JobRequest> refunded(BookingSnapshot booking, String refundId, long amountCents, String currency,
			String creditNoteNumber, Instant now) {
		Map<String, String> payload = new HashMap<>();
		payload.put(PAYLOAD_MESSAGE, MessageKind.REFUND_ISSUED.name());
		payload.put(PAYLOAD_RECIPIENT, booking.customer().email());
		payload.put(PAYLOAD_LANGUAGE, booking.customer().languageTag());
		payload.put(PAYLOAD_REFUND_CENTS, Long.toString(amountCents));
		if (currency != null && !currency.isBlank()) {
			payload.put(PAYLOAD_CURRENCY, currency);
		}
		if (creditNoteNumber != null && !creditNoteNumber.isBlank()) {
			payload.put(PAYLOAD_DOCUMENT, creditNoteNumber);
			payload.put(PAYLOAD_DOCUMENT_KIND, DocumentKind.CREDIT_NOTE.name());
		}
		return List.of(job(JobAction.SEND_EMAIL, booking, "email:refund:" + booking.bookingId() + ":" + refundId,
				Optional.empty(), payload, now));
	}

	/**
	 * For a booking confirmed on a deposit: a message 48 hours before the start (at once
	 * when the start is closer) asking for the balance of {@code totalCents}, in the
	 * customer's language, by email and on the text channels they chose (SMS, WhatsApp)
	 * where they gave a phone. Each is withdrawn when, at its moment, nothing is due any
	 * more, the booking moved or was cancelled.
	 */
	public static List<JobRequest> balanceDue(BookingSnapshot booking, long totalCents, String currency, Instant now) {
		if (!booking.start().isAfter(now)) {
			return List.of();
		}
		Instant due = booking.start().minus(BALANCE_LEAD);
		List<JobRequest> jobs = new ArrayList<>();
		for (Channel channel : List.of(Channel.EMAIL, Channel.SMS, Channel.WHATSAPP)) {
			if (channel == Channel.EMAIL || booking.customer().reachableChannels().contains(channel)) {
				jobs.add(
						job(channel.sendAction(), booking,
								channel.name().toLowerCase(Locale.ROOT)
										+ ":balance-due:" + booking.bookingId() + ":v" + booking.version(),
								Optional.empty(),
								Map.of(PAYLOAD_MESSAGE, MessageKind.BALANCE_DUE.name(), PAYLOAD_RECIPIENT,
										recipient(booking, channel), PAYLOAD_LANGUAGE, booking.customer().languageTag(),
										PAYLOAD_BALANCE_OF_CENTS, Long.toString(totalCents), PAYLOAD_CURRENCY, currency,
										PAYLOAD_STARTS_AT, booking.start().toString()),
								due.isAfter(now) ? due : now));
			}
		}
		return List.copyOf(jobs);
	}

	public static String ronSessionKey(BookingSnapshot booking) {
		return "proof:session:" + booking.bookingId();
	}

	public static String contactKey(BookingSnapshot booking) {
		return "ghl:contact:" + booking.bookingId();
	}

	public static String calendarInsertKey(BookingSnapshot booking) {
		return "calendar:insert:" + booking.bookingId();
	}

	private static JobRequest moveOpportunity(BookingSnapshot booking, CrmStage stage, Instant now) {
		return job(JobAction.MOVE_OPPORTUNITY, booking, "ghl:opportunity:" + stage + ":" + booking.bookingId(),
				Optional.of(contactKey(booking)), Map.of(PAYLOAD_STAGE, stage.name()), now);
	}

	/**
	 * The email always goes; SMS and WhatsApp only where the customer chose them and gave
	 * a number. Every other attendee with an email gets their own, invitation included.
	 */
	private static List<JobRequest> customerMessages(BookingSnapshot booking, MessageKind kind, String key,
			boolean attachInvitation, Instant now) {
		List<JobRequest> jobs = new ArrayList<>();
		jobs.add(job(JobAction.SEND_EMAIL, booking, "email:" + key, Optional.empty(),
				Map.of(PAYLOAD_MESSAGE, kind.name(), PAYLOAD_RECIPIENT, booking.customer().email(), PAYLOAD_LANGUAGE,
						booking.customer().languageTag(), PAYLOAD_ATTACH_INVITATION,
						Boolean.toString(attachInvitation)),
				now));
		for (Attendee attendee : booking.otherAttendees()) {
			jobs.add(job(JobAction.SEND_EMAIL, booking, "email:" + key + ":" + attendeeKey(attendee), Optional.empty(),
					Map.of(PAYLOAD_MESSAGE, kind.name(), PAYLOAD_RECIPIENT, attendee.email().strip(), PAYLOAD_ADDRESSEE,
							attendee.name(), PAYLOAD_LANGUAGE, booking.customer().languageTag(),
							PAYLOAD_ATTACH_INVITATION, Boolean.toString(attachInvitation)),
					now));
		}
		for (Channel channel : List.of(Channel.SMS, Channel.WHATSAPP)) {
			if (booking.customer().reachableChannels().contains(channel)) {
				jobs.add(job(channel.sendAction(), booking, channel.name().toLowerCase() + ":" + key, Optional.empty(),
						Map.of(PAYLOAD_MESSAGE, kind.name(), PAYLOAD_RECIPIENT, recipient(booking, channel),
								PAYLOAD_LANGUAGE, booking.customer().languageTag()),
						now));
			}
		}
		return jobs;
	}

	private static JobRequest withDocument(JobRequest job, DocumentKind kind, String number) {
		Map<String, String> payload = new HashMap<>(job.payload());
		payload.put(PAYLOAD_DOCUMENT, number);
		payload.put(PAYLOAD_DOCUMENT_KIND, kind.name());
		return new JobRequest(job.action(), job.bookingId(), job.dedupeKey(), job.after(), payload, job.notBefore());
	}

	/** An attendee's part of a dedupe key: their address, as it is compared. */
	private static String attendeeKey(Attendee attendee) {
		return "attendee:" + attendee.email().strip().toLowerCase(Locale.ROOT);
	}

	private static String recipient(BookingSnapshot booking, Channel channel) {
		return channel == Channel.EMAIL ? booking.customer().email() : booking.customer().phone().orElseThrow();
	}

	private static JobRequest job(JobAction action, BookingSnapshot booking, String dedupeKey, Optional<String> after,
			Map<String, String> payload, Instant notBefore) {
		return new JobRequest(action, booking.bookingId(), dedupeKey, after, payload, notBefore);
	}

}
