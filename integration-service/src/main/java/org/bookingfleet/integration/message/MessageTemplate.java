package org.bookingfleet.integration.message;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One message in one language: an email subject and body, and the short text for SMS and
 * WhatsApp.
 */
public record MessageTemplate(String subject, String body, String text) {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

	public MessageTemplate {
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(body, "body");
		Objects.requireNonNull(text, "text");
	}

	public Set<String> placeholders() {
		Set<String> names = new TreeSet<>();
		for (String part : new String[] { subject, body, text }) {
			Matcher matcher = PLACEHOLDER.matcher(part);
			while (matcher.find()) {
				names.add(matcher.group(1));
			}
		}
		return names;
	}

	public RenderedMessage render(Map<String, String> values) {
		return new RenderedMessage(fill(subject, values), fill(body, values), fill(text, values));
	}

	private static String fill(String template, Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			String value = values.get(matcher.group(1));
			if (value == null) {
				throw new IllegalArgumentException("no value for {" + matcher.group(1) + "}");
			}
			matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}
}
