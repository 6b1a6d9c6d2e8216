package org.bookingfleet.integration.message;

import java.util.Locale;

/** The languages we have templates for; any other wish falls back to English. */
public enum Language {

	ENGLISH("en", Locale.forLanguageTag("en-US"), "EEEE, MMMM d, yyyy", "h:mm a"),
	ARGENTINE_SPANISH("es-AR", Locale.forLanguageTag("es-AR"), "EEEE d 'de' MMMM 'de' yyyy", "HH:mm");

	private final String tag;

	private final Locale locale;

	private final String datePattern;

	private final String timePattern;

	Language(String tag, Locale locale, String datePattern, String timePattern) {
		this.tag = tag;
		this.locale = locale;
		this.datePattern = datePattern;
		this.timePattern = timePattern;
	}

	/**
	 * Any Spanish speaker gets the Argentine templates, the only Spanish ones we have.
	 */
	public static Language of(String languageTag) {
		if (languageTag == null) {
			return ENGLISH;
		}
		String language = Locale.forLanguageTag(languageTag.replace('_', '-')).getLanguage();
		return "es".equals(language) ? ARGENTINE_SPANISH : ENGLISH;
	}

	public String tag() {
		return tag;
	}

	public Locale locale() {
		return locale;
	}

	public String datePattern() {
		return datePattern;
	}

	public String timePattern() {
		return timePattern;
	}

}
