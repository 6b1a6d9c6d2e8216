package org.bookingfleet.pricing.quote;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The key that signs new quotes and the keys still accepted for verification. To rotate:
 * add the new key, make it active, and drop the old one once the last quote it signed has
 * expired.
 */
public final class SigningKeys {

	private final SigningKey active;

	private final Map<String, SigningKey> accepted;

	public SigningKeys(SigningKey active, Collection<SigningKey> alsoAccepted) {
		this.active = active;
		Map<String, SigningKey> keys = new LinkedHashMap<>();
		keys.put(active.id(), active);
		for (SigningKey key : alsoAccepted) {
			SigningKey previous = keys.putIfAbsent(key.id(), key);
			if (previous != null && !previous.equals(key)) {
				throw new IllegalArgumentException("two different keys named " + key.id());
			}
		}
		this.accepted = Map.copyOf(keys);
	}

	public static SigningKeys only(SigningKey active) {
		return new SigningKeys(active, List.of());
	}

	public SigningKey active() {
		return active;
	}

	/** Every key a token may be signed with, the active one among them. */
	public Collection<SigningKey> accepted() {
		return accepted.values();
	}

	public Optional<SigningKey> find(String id) {
		return Optional.ofNullable(accepted.get(id));
	}

}
