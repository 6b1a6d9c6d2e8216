package org.bookingfleet.identity.accounts;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a customer types to create an account, and the rules it must meet: a name of 2 to
 * 100 characters, an email of a plausible shape, and a password of 12 to 128 characters
 * that is not a well-known one, not one character repeated and not the email itself.
 * Plain Java: the page shows the problems next to their fields.
 */
public record NewAccount(String name, String email, String password) {

	static final int MIN_PASSWORD = 12;

	static final int MAX_PASSWORD = 128;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

	private static final Set<String> WELL_KNOWN = Set.of("password1234", "123456789012", "qwertyuiop12",
			"passwordpassword", "iloveyou1234", "letmein12345", "welcome12345", "bookingfleet", "abcdefghijkl",
			"000000000000", "111111111111", "1234567890ab", "qwerty123456", "password123!");

	public NewAccount {
		name = (name == null) ? "" : name.strip();
		email = (email == null) ? "" : email.strip().toLowerCase(Locale.ROOT);
		password = (password == null) ? "" : password;
	}

	/** Each field that breaks a rule, with why; empty when the account may be made. */
	public Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (this.name.length() < 2 || this.name.length() > 100 || this.name.chars().anyMatch(Character::isISOControl)) {
			problems.put("name", "Give your name, 2 to 100 characters.");
		}
		if (this.email.length() > 254 || !EMAIL.matcher(this.email).matches()) {
			problems.put("email", "Give an email address like name@example.com.");
		}
		String weak = passwordProblem();
		if (weak != null) {
			problems.put("password", weak);
		}
		return problems;
	}

	private String passwordProblem() {
		int length = this.password.codePointCount(0, this.password.length());
		if (length < MIN_PASSWORD || length > MAX_PASSWORD) {
			return "Choose a password of " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters.";
		}
		String lower = this.password.toLowerCase(Locale.ROOT);
		boolean oneCharacter = this.password.codePoints().distinct().count() <= 2;
		boolean theEmail = !this.email.isEmpty() && (lower.contains(this.email)
				|| (this.email.indexOf('@') >= 4 && lower.contains(this.email.substring(0, this.email.indexOf('@')))));
		if (oneCharacter || WELL_KNOWN.contains(lower) || theEmail) {
			return "This password is too easy to guess: choose another.";
		}
		return null;
	}

}
