package org.bookingfleet.pricing.quote;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON object whose values are strings, whole numbers or null: enough for a token's header and claims.
 * Written in insertion order without whitespace, so one set of claims always gives the same bytes.
 */
final class FlatJsonObject {

    private final Map<String, Object> members;

    private FlatJsonObject(Map<String, Object> members) {
        this.members = members;
    }

    static FlatJsonObject empty() {
        return new FlatJsonObject(new LinkedHashMap<>());
    }

    FlatJsonObject with(String name, String value) {
        members.put(name, value);
        return this;
    }

    FlatJsonObject with(String name, long value) {
        members.put(name, value);
        return this;
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
        StringBuilder json = new StringBuilder("{");
        members.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            writeString(json, name);
            json.append(':');
            if (value == null) {
                json.append("null");
            } else if (value instanceof Long number) {
                json.append(number);
            } else {
                writeString(json, (String) value);
            }
        });
        return json.append('}').toString();
    }

    /** Parses a flat object; anything else (nesting, fractions, booleans, duplicate names) is malformed. */
    static Optional<FlatJsonObject> parse(String json) {
        try {
            return Optional.of(new Reader(json).object());
        } catch (IllegalArgumentException | IndexOutOfBoundsException malformed) {
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
                    } else {
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

        FlatJsonObject object() {
            Map<String, Object> members = new LinkedHashMap<>();
            expect('{');
            if (peek() == '}') {
                at++;
            } else {
                char separator;
                do {
                    String name = string();
                    expect(':');
                    if (members.containsKey(name)) {
                        throw new IllegalArgumentException("duplicate member " + name);
                    }
                    members.put(name, value());
                    separator = next();
                } while (separator == ',');
                if (separator != '}') {
                    throw new IllegalArgumentException("expected , or } at " + (at - 1));
                }
            }
            if (at != json.length()) {
                throw new IllegalArgumentException("trailing characters");
            }
            return new FlatJsonObject(members);
        }

        private Object value() {
            char c = peek();
            if (c == '"') {
                return string();
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
