package org.bookingfleet.booking.request;

import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a customer hears about their booking: in which {@code language} (a BCP 47 tag such
 * as "en" or "es-AR", the booking page's; null when the request named none, so the
 * business's stands in) and on which {@code channels} (EMAIL, SMS, WHATSAPP; EMAIL and
 * SMS when none were chosen and a phone was given).
 */
public record MessagePreferences(String language, List<String> channels) {

	public static final List<String> CHANNELS = List.of("EMAIL", "SMS", "WHATSAPP");

	private static final Pattern LANGUAGE_TAG = Pattern.compile("^[A-Za-z]{2,3}(-([A-Za-z]{2}|[0-9]{3}))?$");

	public MessagePreferences {
		channels = List.copyOf(channels);
	}

	/** What a customer who chose nothing gets: email, and SMS when they gave a phone. */
	public static MessagePreferences unchosen(String phone) {
		return new MessagePreferences(null,
				phone == null || phone.isBlank() ? List.of("EMAIL") : List.of("EMAIL", "SMS"));
	}

	/**
	 * Reads what the request chose, adding an error naming {@code language} or
	 * {@code channels} for a choice that cannot be honoured.
	 */
	static MessagePreferences chosen(String language, List<String> channels, String phone, List<FieldError> errors) {
		MessagePreferences unchosen = unchosen(phone);
		return new MessagePreferences(language(language, errors),
				channels == null ? unchosen.channels() : channels(channels, phone, errors, unchosen.channels()));
	}

	/**
	 * The language of a business that did not say: Spanish as spoken in Argentina for a
	 * business in Argentina, else English.
	 */
	public static String businessLanguage(ZoneId zone) {
		return PhoneNumbers.Country.of(zone)
			.map(country -> country == PhoneNumbers.Country.AR ? "es-AR" : "en")
			.orElse("en");
	}

	/** The language messages speak: the chosen one, else the business's. */
	public String languageOr(ZoneId businessZone) {
		return language != null ? language : businessLanguage(businessZone);
	}

	private static String language(String tag, List<FieldError> errors) {
		if (tag == null || tag.isBlank()) {
			return null;
		}
		String trimmed = tag.strip().replace('_', '-');
		if (!LANGUAGE_TAG.matcher(trimmed).matches()) {
			errors.add(new FieldError("language", "must be a language tag such as en or es-AR"));
			return null;
		}
		return Locale.forLanguageTag(trimmed).toLanguageTag();
	}

	private static List<String> channels(List<String> chosen, String phone, List<FieldError> errors,
			List<String> fallback) {
		if (chosen.isEmpty()) {
			errors.add(new FieldError("channels", "must name at least one of " + String.join(", ", CHANNELS)));
			return fallback;
		}
		Set<String> channels = new LinkedHashSet<>();
		for (String channel : chosen) {
			String name = channel == null ? "" : channel.strip().toUpperCase(Locale.ROOT);
			if (!CHANNELS.contains(name)) {
				errors.add(new FieldError("channels", "each channel is one of " + String.join(", ", CHANNELS)));
				return fallback;
			}
			channels.add(name);
		}
		if ((channels.contains("SMS") || channels.contains("WHATSAPP")) && (phone == null || phone.isBlank())) {
			errors.add(new FieldError("channels", "SMS and WhatsApp need a customerPhone"));
		}
		return List.copyOf(channels);
	}

}
