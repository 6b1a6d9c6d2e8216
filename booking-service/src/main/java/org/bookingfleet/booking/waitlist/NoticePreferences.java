package org.bookingfleet.booking.waitlist;

import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a waiting customer hears of an offer: in which {@code language} (a tag such as "en"
 * or "es-AR"), on which {@code channels} (EMAIL, SMS, WHATSAPP; EMAIL unless chosen) and
 * with times shown in which IANA {@code timeZone} (the service's unless chosen; null
 * while the service's zone is not known).
 */
public record NoticePreferences(String language, List<String> channels, String timeZone) {

	public static final String DEFAULT_LANGUAGE = "en";

	public static final List<String> CHANNELS = List.of("EMAIL", "SMS", "WHATSAPP");

	public static final List<String> DEFAULT_CHANNELS = List.of("EMAIL");

	private static final Pattern LANGUAGE_TAG = Pattern.compile("^[A-Za-z]{2,3}(-([A-Za-z]{2}|[0-9]{3}))?$");

	public NoticePreferences {
		channels = List.copyOf(channels);
	}

	/**
	 * Checks and normalises what the customer chose; {@code serviceZone} stands in for a
	 * zone not chosen.
	 */
	public static NoticePreferences chosen(String language, List<String> channels, String timeZone,
			ZoneId serviceZone) {
		return new NoticePreferences(language(language), channels(channels), zone(timeZone, serviceZone));
	}

	/**
	 * These preferences, with the service's zone standing in when no zone is chosen (kept
	 * as is if none is known).
	 */
	public NoticePreferences inServiceZone(ZoneId serviceZone) {
		return timeZone != null || serviceZone == null ? this
				: new NoticePreferences(language, channels, serviceZone.getId());
	}

	private static String language(String tag) {
		if (tag == null) {
			return DEFAULT_LANGUAGE;
		}
		String trimmed = tag.strip().replace('_', '-');
		if (!LANGUAGE_TAG.matcher(trimmed).matches()) {
			throw new Invalid("language", "must be a language tag such as en or es-AR");
		}
		return Locale.forLanguageTag(trimmed).toLanguageTag();
	}

	private static List<String> channels(List<String> chosen) {
		if (chosen == null) {
			return DEFAULT_CHANNELS;
		}
		if (chosen.isEmpty()) {
			throw new Invalid("channels", "must name at least one of " + String.join(", ", CHANNELS));
		}
		Set<String> channels = new LinkedHashSet<>();
		for (String channel : chosen) {
			String name = channel == null ? "" : channel.strip().toUpperCase(Locale.ROOT);
			if (!CHANNELS.contains(name)) {
				throw new Invalid("channels", "each channel is one of " + String.join(", ", CHANNELS));
			}
			channels.add(name);
		}
		return List.copyOf(channels);
	}

	private static String zone(String timeZone, ZoneId serviceZone) {
		if (timeZone == null) {
			return serviceZone == null ? null : serviceZone.getId();
		}
		String id = timeZone.strip();
		if (!ZoneId.getAvailableZoneIds().contains(id)) {
			throw new Invalid("timeZone", "must be an IANA time zone such as America/Chicago");
		}
		return id;
	}

	/** A choice that cannot be honoured, naming the field. */
	public static final class Invalid extends IllegalArgumentException {

		private final String field;

		Invalid(String field, String message) {
			super(message);
			this.field = field;
		}

		public String field() {
			return field;
		}

	}
}
