package org.bookingfleet.pricing.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON object whose values are strings, whole numbers, null, objects of the same kind
 * or arrays of them: enough for a token's header and claims. Written in insertion order
 * without whitespace, so one set of claims always gives the same bytes. Fractions and
 * booleans are not part of it; nesting is limited so no input can exhaust the stack.
 */
final class TokenJson {

	private static final int MAX_DEPTH = 8;

	private final Map<String, Object> members;

	private TokenJson(Map<String, Object> members) {
		this.members = members;
	}

	static TokenJson empty() {
		return new TokenJson(new LinkedHashMap<>());
	}

	TokenJson with(String name, String value) {
		members.put(name, value);
		return this;
	}

	TokenJson with(String name, long value) {
		members.put(name, value);
		return this;
	}

	TokenJson with(String name, TokenJson value) {
		members.put(name, value);
		return this;
	}

	TokenJson with(String name, List<TokenJson> values) {
		members.put(name, List.copyOf(values));
		return this;
	}

	boolean has(String name) {
		return members.containsKey(name);
	}

	Optional<TokenJson> object(String name) {
		return members.get(name) instanceof TokenJson value ? Optional.of(value) : Optional.empty();
	}

	/**
	 * The members of an array of objects; empty when the member is missing or holds
	 * anything else.
	 */
	Optional<List<TokenJson>> objects(String name) {
		if (!(members.get(name) instanceof List<?> values)) {
			return Optional.empty();
		}
		List<TokenJson> objects = new ArrayList<>(values.size());
		for (Object value : values) {
			if (!(value instanceof TokenJson object)) {
				return Optional.empty();
			}
			objects.add(object);
		}
		return Optional.of(objects);
	}

	Optional<String> string(String name) {
		return members.get(name) instanceof String value ? Optional.of(value) : Optional.empty();
	}

	Optional<Long> number(String name) {
		return members.get(name) instanceof Long value ? Optional.of(value) : Optional.empty();
	}

	boolean isNull(String name) {
		return members.containsKey(name) && members.get(name) == null;
	}

	String write() {
		StringBuilder json = new StringBuilder();
		write(json);
		return json.toString();
	}

	private void write(StringBuilder json) {
		json.append('{');
		boolean first = true;
		for (Map.Entry<String, Object> member : members.entrySet()) {
			if (!first) {
				json.append(',');
			}
			first = false;
			writeString(json, member.getKey());
			json.append(':');
			writeValue(json, member.getValue());
		}
		json.append('}');
	}

	private static void writeValue(StringBuilder json, Object value) {
		if (value == null) {
			json.append("null");
		}
		else if (value instanceof Long number) {
			json.append(number);
		}
		else if (value instanceof TokenJson object) {
			object.write(json);
		}
		else if (value instanceof List<?> values) {
			json.append('[');
			for (int i = 0; i < values.size(); i++) {
				if (i > 0) {
					json.append(',');
				}
				writeValue(json, values.get(i));
			}
			json.append(']');
		}
		else {
			writeString(json, (String) value);
		}
	}

	/**
	 * Parses an object; anything else (fractions, booleans, duplicate names, deep
	 * nesting) is malformed.
	 */
	static Optional<TokenJson> parse(String json) {
		try {
			Reader reader = new Reader(json);
			TokenJson object = reader.object(0);
			reader.end();
			return Optional.of(object);
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException malformed) {
			return Optional.empty();
		}
	}

	private static void writeString(StringBuilder json, String value) {
		json.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					if (c < 0x20) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		json.append('"');
	}

	private static final class Reader {

		private final String json;

		private int at;

		Reader(String json) {
			this.json = json;
		}

		TokenJson object(int depth) {
			if (depth > MAX_DEPTH) {
				throw new IllegalArgumentException("nested deeper than " + MAX_DEPTH);
			}
			Map<String, Object> members = new LinkedHashMap<>();
			expect('{');
			if (peek() == '}') {
				at++;
			}
			else {
				char separator;
				do {
					String name = string();
					expect(':');
					if (members.containsKey(name)) {
						throw new IllegalArgumentException("duplicate member " + name);
					}
					members.put(name, value(depth));
					separator = next();
				}
				while (separator == ',');
				if (separator != '}') {
					throw new IllegalArgumentException("expected , or } at " + (at - 1));
				}
			}
			return new TokenJson(members);
		}

		void end() {
			if (at != json.length()) {
				throw new IllegalArgumentException("trailing characters");
			}
		}

		private List<Object> array(int depth) {
			if (depth > MAX_DEPTH) {
				throw new IllegalArgumentException("nested deeper than " + MAX_DEPTH);
			}
			List<Object> values = new ArrayList<>();
			expect('[');
			if (peek() == ']') {
				at++;
				return values;
			}
			char separator;
			do {
				values.add(value(depth));
				separator = next();
			}
			while (separator == ',');
			if (separator != ']') {
				throw new IllegalArgumentException("expected , or ] at " + (at - 1));
			}
			return values;
		}

		private Object value(int depth) {
			char c = peek();
			if (c == '"') {
				return string();
			}
			if (c == '{') {
				return object(depth + 1);
			}
			if (c == '[') {
				return array(depth + 1);
			}
			if (json.startsWith("null", at)) {
				at += 4;
				return null;
			}
			int start = at;
			if (c == '-') {
				at++;
			}
			while (at < json.length() && json.charAt(at) >= '0' && json.charAt(at) <= '9') {
				at++;
			}
			String digits = json.substring(start, at);
			if (digits.isEmpty() || digits.equals("-") || digits.matches("-?0\\d+")) {
				throw new IllegalArgumentException("not a whole number at " + start);
			}
			return Long.parseLong(digits);
		}

		private String string() {
			expect('"');
			StringBuilder value = new StringBuilder();
			while (true) {
				char c = json.charAt(at++);
				if (c == '"') {
					return value.toString();
				}
				if (c < 0x20) {
					throw new IllegalArgumentException("control character in string");
				}
				if (c != '\\') {
					value.append(c);
					continue;
				}
				char escaped = json.charAt(at++);
				switch (escaped) {
					case '"', '\\', '/' -> value.append(escaped);
					case 'b' -> value.append('\b');
					case 'f' -> value.append('\f');
					case 'n' -> value.append('\n');
					case 'r' -> value.append('\r');
					case 't' -> value.append('\t');
					case 'u' -> {
						value.append((char) Integer.parseInt(json.substring(at, at + 4), 16));
						at += 4;
					}
					default -> throw new IllegalArgumentException("bad escape");
				}
			}
		}

		private void expect(char expected) {
			if (next() != expected) {
				throw new IllegalArgumentException("expected " + expected + " at " + (at - 1));
			}
		}

		private char next() {
			return json.charAt(at++);
		}

		private char peek() {
			return json.charAt(at);
		}

	}

}
