package org.bookingfleet.identity.accounts;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an admin types to invite a provider: their email, their name, the provider id they
 * will act for and the language of the invitation's mail ({@code en} or {@code es},
 * English when not given). Plain Java: each field that breaks a rule, with why.
 */
public record Invitation(String email, String name, Long providerId, String language) {

	public static final Set<String> LANGUAGES = Set.of("en", "es");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

	public Invitation {
		email = (email == null) ? "" : email.strip().toLowerCase(Locale.ROOT);
		name = (name == null) ? "" : name.strip();
		language = (language == null || language.isBlank()) ? "en" : language.strip().toLowerCase(Locale.ROOT);
	}

	/** Each field that breaks a rule, with why; empty when the invitation may be sent. */
	public Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (this.email.length() > 254 || !EMAIL.matcher(this.email).matches()) {
			problems.put("email", "give an email address like name@example.com");
		}
		if (this.name.length() < 2 || this.name.length() > 100 || this.name.chars().anyMatch(Character::isISOControl)) {
			problems.put("name", "give the provider's name, 2 to 100 characters");
		}
		if (this.providerId == null || this.providerId <= 0) {
			problems.put("providerId", "give the provider id the account acts for, a positive number");
		}
		if (!LANGUAGES.contains(this.language)) {
			problems.put("language", "give en or es");
		}
		return problems;
	}

}
