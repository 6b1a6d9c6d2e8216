package org.bookingfleet.booking.request;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Phone numbers as people type them, to E.164. A number written with its country
 * ({@code +54 9 11 5555-0101}, {@code 0044 20 7946 0958}) is read for any country; a
 * number written as at home ({@code (713) 555-0101}, {@code 713.555.0101},
 * {@code 020 7946 0958}, {@code 011 15-5555-0101}) only for the countries of the
 * businesses this platform serves, the United States and Canada (+1), Argentina (+54) and
 * the United Kingdom (+44), taken from the service's time zone. Spaces, dots, dashes,
 * slashes and brackets are formatting; anything else (letters, an extension, a second
 * plus) makes the number unreadable rather than guessed at.
 */
public final class PhoneNumbers {

	/**
	 * A country whose national numbering this class knows, and the code it dials from
	 * abroad.
	 */
	public enum Country {

		NANP("1", "011"), AR("54", "00"), GB("44", "00");

		private final String code;

		private final String internationalPrefix;

		Country(String code, String internationalPrefix) {
			this.code = code;
			this.internationalPrefix = internationalPrefix;
		}

		public String code() {
			return code;
		}

		/**
		 * The country a time zone's people dial from, when it is one of those known here.
		 */
		public static Optional<Country> of(ZoneId zone) {
			String id = zone.getId();
			if (id.startsWith("America/Argentina/") || id.equals("America/Buenos_Aires") || id.equals("America/Cordoba")
					|| id.equals("America/Catamarca") || id.equals("America/Jujuy") || id.equals("America/Mendoza")
					|| id.equals("America/Rosario")) {
				return Optional.of(AR);
			}
			if (id.equals("Europe/London") || id.equals("Europe/Belfast") || id.equals("GB") || id.equals("GB-Eire")) {
				return Optional.of(GB);
			}
			if (id.startsWith("US/") || NANP_ZONES.contains(id) || id.startsWith("America/Indiana/")
					|| id.startsWith("America/Kentucky/") || id.startsWith("America/North_Dakota/")) {
				return Optional.of(NANP);
			}
			return Optional.empty();
		}

	}

	private static final Set<String> NANP_ZONES = Set.of("America/New_York", "America/Chicago", "America/Denver",
			"America/Phoenix", "America/Los_Angeles", "America/Anchorage", "America/Juneau", "America/Sitka",
			"America/Yakutat", "America/Nome", "America/Metlakatla", "America/Adak", "America/Detroit", "America/Boise",
			"America/Menominee", "Pacific/Honolulu", "America/Toronto", "America/Vancouver", "America/Edmonton",
			"America/Winnipeg", "America/Halifax", "America/St_Johns", "America/Regina", "America/Puerto_Rico",
			"EST5EDT", "CST6CDT", "MST7MDT", "PST8PDT");

	/**
	 * E.164: a plus, a country code not starting with 0, at most fifteen digits in all.
	 */
	private static final int SHORTEST = 7;

	private static final int LONGEST = 15;

	private PhoneNumbers() {
	}

	/**
	 * The number in E.164 form, read with the country's national numbering when it is
	 * written without one.
	 */
	public static Optional<String> normalize(String typed, Optional<Country> home) {
		if (typed == null || typed.length() > 40) {
			return Optional.empty();
		}
		Optional<String> written = digitsOf(typed.strip());
		if (written.isEmpty() || written.get().isEmpty()) {
			return Optional.empty();
		}
		String number = written.get();
		if (number.startsWith("+")) {
			return international(number.substring(1));
		}
		if (home.isPresent() && number.startsWith(home.get().internationalPrefix)) {
			return international(number.substring(home.get().internationalPrefix.length()));
		}
		if (home.isEmpty() && number.startsWith("00")) {
			return international(number.substring(2));
		}
		return home.flatMap(country -> national(country, number));
	}

	/**
	 * Digits with at most one plus in front, the formatting taken out; empty when
	 * anything else is written.
	 */
	private static Optional<String> digitsOf(String typed) {
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < typed.length(); i++) {
			char c = typed.charAt(i);
			if (c >= '0' && c <= '9') {
				digits.append(c);
			}
			else if (c == '+' && digits.isEmpty() && typed.substring(0, i).chars().allMatch(PhoneNumbers::isFormatting)
					&& typed.indexOf('+', i + 1) < 0) {
				digits.append('+');
			}
			else if (!isFormatting(c)) {
				return Optional.empty();
			}
		}
		return Optional.of(digits.toString());
	}

	private static boolean isFormatting(int c) {
		return c == ' ' || c == '.' || c == '-' || c == '(' || c == ')' || c == '/' || c == '\u00a0' || c == '\u2010'
				|| c == '\u2011' || c == '\u2012' || c == '\u2013';
	}

	/**
	 * Digits after the plus: the known countries by their rules, any other by E.164's
	 * length alone.
	 */
	private static Optional<String> international(String digits) {
		if (digits.isEmpty() || digits.charAt(0) == '0') {
			return Optional.empty();
		}
		for (Country country : Country.values()) {
			if (digits.startsWith(country.code)) {
				String rest = digits.substring(country.code.length());
				// "+44 (0)20 …", "+54 011 …": the trunk 0 some write after the country
				// code
				return subscriber(country, rest.startsWith("0") ? rest.substring(1) : rest);
			}
		}
		if (digits.length() < SHORTEST || digits.length() > LONGEST) {
			return Optional.empty();
		}
		return Optional.of("+" + digits);
	}

	/** A number as dialled at home in the country. */
	private static Optional<String> national(Country country, String digits) {
		return switch (country) {
			case NANP ->
				subscriber(country, digits.length() == 11 && digits.startsWith("1") ? digits.substring(1) : digits);
			case GB -> digits.startsWith("0") ? subscriber(country, digits.substring(1)) : Optional.empty();
			case AR -> argentine(digits.startsWith("0") ? digits.substring(1) : digits);
		};
	}

	/** The number after the country code, checked by the country's rules. */
	private static Optional<String> subscriber(Country country, String digits) {
		boolean valid = switch (country) {
			// NXX NXX XXXX: area code and exchange start with 2 to 9
			case NANP -> digits.length() == 10 && digits.charAt(0) >= '2' && digits.charAt(3) >= '2';
			// nine or ten digits, never starting with 0
			case GB -> (digits.length() == 9 || digits.length() == 10) && digits.charAt(0) != '0';
			// ten digits (area code and number), a mobile with a 9 in front
			case AR -> (digits.length() == 10 && digits.charAt(0) != '0' && digits.charAt(0) != '9')
					|| (digits.length() == 11 && digits.charAt(0) == '9' && digits.charAt(1) != '0');
		};
		return valid ? Optional.of("+" + country.code + digits) : Optional.empty();
	}

	/**
	 * An Argentine number without its trunk 0: ten digits (area code and number, a
	 * landline or a mobile as written from abroad with its 9), or a mobile as dialled at
	 * home, the area code then 15 then the number (twelve digits), read only when one
	 * length of area code fits (11 for Buenos Aires, else three or four digits from 2 or
	 * 3).
	 */
	private static Optional<String> argentine(String digits) {
		if (digits.length() == 10 || (digits.length() == 11 && digits.startsWith("9"))) {
			return subscriber(Country.AR, digits);
		}
		if (digits.length() != 12) {
			return Optional.empty();
		}
		List<String> readings = new ArrayList<>();
		for (int area = 2; area <= 4; area++) {
			// Buenos Aires is the one area code of two digits; the longer ones start with
			// 2 or 3
			boolean areaCode = area == 2 ? digits.startsWith("11") : digits.charAt(0) == '2' || digits.charAt(0) == '3';
			if (areaCode && digits.startsWith("15", area)) {
				readings.add("9" + digits.substring(0, area) + digits.substring(area + 2));
			}
		}
		return readings.size() == 1 ? subscriber(Country.AR, readings.get(0)) : Optional.empty();
	}

}
