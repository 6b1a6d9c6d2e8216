package org.bookingfleet.integration.booking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The business a booking was made with, as its messages sign: its legal name, where
 * customers reach it, its cancellation terms and its address (already written on one line
 * as people of its country write it). Any part may be missing. Its cancellation terms are
 * in its own language ({@code cancellationWording}) and, when its profile says, in other
 * languages too ({@code cancellationWordings}, keyed by BCP 47 tag).
 */
public record Business(String name, String legalName, String supportEmail, String supportPhone,
		String cancellationWording, String address, Map<String, String> cancellationWordings) {

	public Business {
		cancellationWordings = cancellationWordings == null ? Map.of()
				: Collections.unmodifiableMap(new TreeMap<>(cancellationWordings));
	}

	/** A business whose terms are known in its own language only. */
	public Business(String name, String legalName, String supportEmail, String supportPhone, String cancellationWording,
			String address) {
		this(name, legalName, supportEmail, supportPhone, cancellationWording, address, Map.of());
	}

	/** A business whose address is not known here (profiles kept before it travelled). */
	public Business(String name, String legalName, String supportEmail, String supportPhone,
			String cancellationWording) {
		this(name, legalName, supportEmail, supportPhone, cancellationWording, null);
	}

	/**
	 * Its cancellation terms in the language a message is written in (a BCP 47 tag): the
	 * wording of that very tag, else of the same language ({@code en} for {@code en-GB}),
	 * else the terms in the business's own language.
	 */
	public Optional<String> cancellationWordingIn(String languageTag) {
		Locale wanted = Locale.forLanguageTag(languageTag == null ? "" : languageTag.replace('_', '-'));
		Optional<String> same = cancellationWordings.entrySet()
			.stream()
			.filter(wording -> present(wording.getValue()))
			.filter(wording -> Locale.forLanguageTag(wording.getKey()).equals(wanted))
			.map(Map.Entry::getValue)
			.findFirst();
		Optional<String> sameLanguage = cancellationWordings.entrySet()
			.stream()
			.filter(wording -> present(wording.getValue()))
			.filter(wording -> !wanted.getLanguage().isEmpty()
					&& Locale.forLanguageTag(wording.getKey()).getLanguage().equals(wanted.getLanguage()))
			.map(Map.Entry::getValue)
			.findFirst();
		return same.or(() -> sameLanguage)
			.or(() -> Optional.ofNullable(cancellationWording).filter(Business::present))
			.map(String::strip);
	}

	/** Where the business receives its customers, when its profile says. */
	public Optional<String> venue() {
		return present(address) ? Optional.of(address.strip()) : Optional.empty();
	}

	/**
	 * The lines that close a message in the given language (a BCP 47 tag): who sells, how
	 * to reach them, the terms.
	 */
	public List<String> footerLines(String languageTag) {
		List<String> lines = new ArrayList<>();
		String who = present(legalName) ? legalName : name;
		List<String> contact = new ArrayList<>();
		if (present(who)) {
			contact.add(who);
		}
		if (present(supportEmail)) {
			contact.add(supportEmail);
		}
		if (present(supportPhone)) {
			contact.add(supportPhone);
		}
		if (!contact.isEmpty()) {
			lines.add(String.join(" · ", contact));
		}
		cancellationWordingIn(languageTag).ifPresent(lines::add);
		return lines;
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}

}
