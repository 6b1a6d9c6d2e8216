package org.bookingfleet.integration.waitlist;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.bookingfleet.integration.message.Language;
import org.bookingfleet.integration.message.MessageCatalog;
import org.bookingfleet.integration.message.MessageKind;
import org.bookingfleet.integration.message.RenderedMessage;

/**
 * Tells an offer in the customer's language, or in every language we have (English first)
 * when the offer does not say which one the customer reads. The message links to the
 * booking page with the offer, whose id is the hold the customer books with:
 * {@code <booking page>/?offer=<offerId>}. When the slot was taken before it could be
 * held, the follow-up says so in the same language (or languages).
 */
public final class OfferMessages {

	static final String SEPARATOR = "\n\n----------\n\n";

	private final MessageCatalog catalog;

	private final String bookingPage;

	public OfferMessages(MessageCatalog catalog, String bookingPage) {
		this.catalog = catalog;
		this.bookingPage = bookingPage.endsWith("/") ? bookingPage.substring(0, bookingPage.length() - 1) : bookingPage;
	}

	/** Where the customer takes the offer. */
	public String link(WaitlistOffer offer) {
		return bookingPage + "/?offer=" + offer.offerId();
	}

	/** In the offer's language, or in every language when it names none. */
	public RenderedMessage renderForCustomer(WaitlistOffer offer) {
		return offer.language().map(language -> render(offer, language)).orElseGet(() -> renderInEveryLanguage(offer));
	}

	public RenderedMessage render(WaitlistOffer offer, Language language) {
		Map<String, String> values = values(offer, language);
		values.put("link", link(offer));
		return catalog.template(MessageKind.WAITLIST_OFFER, language).render(values);
	}

	public RenderedMessage renderInEveryLanguage(WaitlistOffer offer) {
		return inEveryLanguage(offer, this::render);
	}

	/**
	 * That the offered slot was taken a moment earlier, in the language the offer was
	 * told in.
	 */
	public RenderedMessage renderTakenForCustomer(WaitlistOffer offer) {
		return offer.language()
			.map(language -> renderTaken(offer, language))
			.orElseGet(() -> inEveryLanguage(offer, this::renderTaken));
	}

	public RenderedMessage renderTaken(WaitlistOffer offer, Language language) {
		return catalog.template(MessageKind.WAITLIST_OFFER_TAKEN, language).render(values(offer, language));
	}

	private RenderedMessage inEveryLanguage(WaitlistOffer offer,
			BiFunction<WaitlistOffer, Language, RenderedMessage> render) {
		List<RenderedMessage> all = new ArrayList<>();
		for (Language language : Language.values()) {
			all.add(render.apply(offer, language));
		}
		return new RenderedMessage(String.join(" / ", all.stream().map(RenderedMessage::subject).toList()),
				String.join(SEPARATOR, all.stream().map(RenderedMessage::body).toList()),
				String.join("\n", all.stream().map(RenderedMessage::text).toList()));
	}

	private Map<String, String> values(WaitlistOffer offer, Language language) {
		DateTimeFormatter date = DateTimeFormatter.ofPattern(language.datePattern(), language.locale());
		DateTimeFormatter time = DateTimeFormatter.ofPattern(language.timePattern(), language.locale());
		ZonedDateTime start = offer.start().atZone(offer.zone());
		ZonedDateTime expires = offer.expiresAt().atZone(offer.zone());
		Map<String, String> values = new HashMap<>();
		values.put("customer", offer.customerName());
		values.put("service", offer.serviceName());
		values.put("provider", offer.providerName());
		values.put("date", date.format(start));
		values.put("time", time.format(start));
		values.put("zone", offer.zone().getId());
		values.put("expires", date.format(expires) + " " + time.format(expires));
		values.put("seats", catalog.seats(language, Math.max(1, offer.seats())));
		return values;
	}

}
