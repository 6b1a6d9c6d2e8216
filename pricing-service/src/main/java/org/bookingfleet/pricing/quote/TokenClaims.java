package org.bookingfleet.pricing.quote;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A token's claims as plain values: strings, whole numbers, null, objects of the same
 * kind or arrays of them, in the order they were added. The platform's JWS codec writes
 * and reads them as JSON; fractions and booleans are not part of them.
 */
public final class TokenClaims {

	private final Map<String, Object> members;

	private TokenClaims(Map<String, Object> members) {
		this.members = members;
	}

	public static TokenClaims empty() {
		return new TokenClaims(new LinkedHashMap<>());
	}

	public TokenClaims with(String name, String value) {
		members.put(name, value);
		return this;
	}

	public TokenClaims with(String name, long value) {
		members.put(name, value);
		return this;
	}

	public TokenClaims with(String name, TokenClaims value) {
		members.put(name, value);
		return this;
	}

	public TokenClaims with(String name, List<TokenClaims> values) {
		members.put(name, List.copyOf(values));
		return this;
	}

	/**
	 * Each member in order: a {@link String}, a {@link Long}, null, a {@link TokenClaims}
	 * or a list of them.
	 */
	public Map<String, Object> members() {
		return Collections.unmodifiableMap(members);
	}

	boolean has(String name) {
		return members.containsKey(name);
	}

	Optional<TokenClaims> object(String name) {
		return members.get(name) instanceof TokenClaims value ? Optional.of(value) : Optional.empty();
	}

	/**
	 * The members of an array of objects; empty when the member is missing or holds
	 * anything else.
	 */
	Optional<List<TokenClaims>> objects(String name) {
		if (!(members.get(name) instanceof List<?> values)) {
			return Optional.empty();
		}
		List<TokenClaims> objects = new ArrayList<>(values.size());
		for (Object value : values) {
			if (!(value instanceof TokenClaims object)) {
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

}
