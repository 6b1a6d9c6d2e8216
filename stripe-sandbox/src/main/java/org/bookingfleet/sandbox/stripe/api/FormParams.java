package org.bookingfleet.sandbox.stripe.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The parameters of a Stripe API request, form-encoded as Stripe's clients send them
 * ({@code metadata[booking_id]=…}, {@code expand[]=…}), kept flat under their bracketed
 * names.
 */
public final class FormParams {

	private final Map<String, String> values;

	private FormParams(Map<String, String> values) {
		this.values = values;
	}

	public static FormParams parse(String body) {
		Map<String, String> values = new LinkedHashMap<>();
		if (body == null || body.isBlank()) {
			return new FormParams(values);
		}
		Map<String, Integer> appended = new LinkedHashMap<>();
		for (String pair : body.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decode(equals < 0 ? pair : pair.substring(0, equals));
			String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
			if (name.endsWith("[]")) {
				String list = name.substring(0, name.length() - 2);
				int index = appended.merge(list, 1, Integer::sum) - 1;
				name = list + "[" + index + "]";
			}
			values.put(name, value);
		}
		return new FormParams(values);
	}

	public Optional<String> text(String name) {
		return Optional.ofNullable(values.get(name)).filter(v -> !v.isEmpty());
	}

	public Optional<Long> number(String name) {
		Optional<String> text = text(name);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(text.get()));
		}
		catch (NumberFormatException ex) {
			throw new InvalidParameter(name, "Invalid integer: " + text.get());
		}
	}

	public boolean flag(String name) {
		return text(name).map(Boolean::parseBoolean).orElse(false);
	}

	/**
	 * The entries under {@code prefix[...]}, such as a metadata hash, by their inner
	 * names.
	 */
	public Map<String, String> hash(String prefix) {
		Map<String, String> hash = new LinkedHashMap<>();
		String opening = prefix + "[";
		values.forEach((name, value) -> {
			if (name.startsWith(opening) && name.endsWith("]") && name.indexOf('[', opening.length()) < 0) {
				hash.put(name.substring(opening.length(), name.length() - 1), value);
			}
		});
		return hash;
	}

	/**
	 * The same parameters always give the same fingerprint, whatever order they were sent
	 * in.
	 */
	public String fingerprint() {
		return new TreeMap<>(values).toString();
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

	public static final class InvalidParameter extends RuntimeException {

		private final String param;

		public InvalidParameter(String param, String message) {
			super(message);
			this.param = param;
		}

		public StripeError error() {
			return StripeError.invalidRequest("parameter_invalid_integer", getMessage(), param);
		}

	}

}
