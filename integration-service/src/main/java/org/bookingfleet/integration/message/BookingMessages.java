package org.bookingfleet.integration.message;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.bookingfleet.integration.booking.Attendee;
import org.bookingfleet.integration.booking.BookingSnapshot;
import org.bookingfleet.integration.booking.Price;
import org.bookingfleet.integration.booking.RequirementPriority;

/**
 * Fills a template with a booking's facts, its date and time told in the provider's time
 * zone.
 */
public final class BookingMessages {

	private final MessageCatalog catalog;

	/** The line naming a document the message is about, or empty. */
	private final String document;

	/** The signed link that opens the booking's manage page, or "-". */
	private final String manageLink;

	public BookingMessages(MessageCatalog catalog) {
		this(catalog, "", "-");
	}

	private BookingMessages(MessageCatalog catalog, String document, String manageLink) {
		this.catalog = catalog;
		this.document = document;
		this.manageLink = manageLink;
	}

	/**
	 * The same messages handing on the link that opens the booking's manage page in
	 * {@code {manageLink}}.
	 */
	public BookingMessages managedAt(String link) {
		return new BookingMessages(catalog, document, link);
	}

	/**
	 * The same messages naming a document in {@code {document}}: the booking's invoice
	 * ({@link DocumentKind#INVOICE}) or a refund's credit note, with the link to its PDF.
	 * Nothing is named without a number.
	 */
	public BookingMessages naming(DocumentKind kind, String number, String link, Language language) {
		if (number == null || number.isBlank()) {
			return this;
		}
		return new BookingMessages(catalog,
				"\n" + catalog.phrase(language, kind.phrase(), Map.of("number", number, "link", link)), manageLink);
	}

	public RenderedMessage render(MessageKind kind, BookingSnapshot booking, Language language) {
		return catalog.template(kind, language).render(values(booking, language, booking.customer().name()));
	}

	/**
	 * The message to one attendee of the booking, greeted by name, in the buyer's
	 * language.
	 */
	public RenderedMessage renderFor(String addressee, MessageKind kind, BookingSnapshot booking, Language language) {
		return catalog.template(kind, language).render(values(booking, language, addressee));
	}

	/**
	 * A message that also tells what the cancellation gives back ({@code refundCents}, in
	 * the booking's currency).
	 */
	public RenderedMessage render(String addressee, MessageKind kind, BookingSnapshot booking, Language language,
			long refundCents) {
		return render(addressee, kind, booking, language, refundCents, null);
	}

	/**
	 * A message telling money given back in {@code currency} (the booking's when
	 * {@code null}).
	 */
	public RenderedMessage render(String addressee, MessageKind kind, BookingSnapshot booking, Language language,
			long refundCents, String currency) {
		Map<String, String> values = values(booking, language, addressee);
		values.put("refund",
				Optional.ofNullable(currency)
					.or(() -> booking.knownPrice().map(Price::currency))
					.map(known -> new Price(refundCents, known).formatted(language.locale()))
					.orElse(refundCents == 0 ? "-" : Long.toString(refundCents)));
		return catalog.template(kind, language).render(values);
	}

	/** A message that hands on a link (the signer's link of a RON session). */
	public RenderedMessage renderWithLink(String addressee, MessageKind kind, BookingSnapshot booking,
			Language language, String link) {
		Map<String, String> values = values(booking, language, addressee);
		values.put("link", link);
		return catalog.template(kind, language).render(values);
	}

	/** A message asking for the balance still due, in the booking's currency. */
	public RenderedMessage renderBalance(String addressee, MessageKind kind, BookingSnapshot booking, Language language,
			Price due) {
		Map<String, String> values = values(booking, language, addressee);
		values.put("balance", due.formatted(language.locale()));
		return catalog.template(kind, language).render(values);
	}

	public RenderedMessage renderForCustomer(MessageKind kind, BookingSnapshot booking) {
		return render(kind, booking, Language.of(booking.customer().languageTag()));
	}

	private Map<String, String> values(BookingSnapshot booking, Language language, String addressee) {
		ZonedDateTime start = booking.start().atZone(booking.providerZone());
		Map<String, String> values = new HashMap<>();
		values.put("customer", addressee);
		values.put("service", booking.serviceName());
		values.put("provider", booking.providerName());
		values.put("date", DateTimeFormatter.ofPattern(language.datePattern(), language.locale()).format(start));
		values.put("time", DateTimeFormatter.ofPattern(language.timePattern(), language.locale()).format(start));
		values.put("zone", booking.providerZone().getId());
		Optional<String> place = booking.place();
		values.put("address", place.orElse("-"));
		values.put("addressLine",
				place.map(where -> "\n" + catalog.phrase(language, "address.line", Map.of("address", where)))
					.orElse(""));
		values.put("bookingId", booking.bookingId().toString());
		values.put("requirements", criticalRequirements(booking));
		values.put("price", booking.knownPrice().map(price -> price.formatted(language.locale())).orElse("-"));
		values.put("seats", catalog.seats(language, Math.max(1, booking.attendees().size())));
		values.put("refund", "-");
		values.put("balance", "-");
		values.put("document", document);
		values.put("manageLink", manageLink);
		values.put("footer",
				booking.knownBusiness()
					.map(business -> business.footerLines(language.tag()))
					.filter(lines -> !lines.isEmpty())
					.map(lines -> "\n\n--\n" + String.join("\n", lines))
					.orElse(""));
		return values;
	}

	private static String criticalRequirements(BookingSnapshot booking) {
		return booking.attendees()
			.stream()
			.filter(Attendee::hasCriticalRequirement)
			.flatMap(attendee -> attendee.requirements()
				.stream()
				.filter(r -> r.priority() == RequirementPriority.CRITICAL)
				.map(r -> "- " + attendee.name() + ": " + r.type()
						+ (r.details().isBlank() ? "" : " (" + r.details() + ")")))
			.collect(Collectors.joining("\n"));
	}

}
