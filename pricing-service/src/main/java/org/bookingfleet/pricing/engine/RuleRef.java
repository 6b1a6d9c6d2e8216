package org.bookingfleet.pricing.engine;

import java.util.Objects;

/**
 * The rule behind a breakdown line and the revision of the data it read, e.g.
 * {@code surcharge.weekend/v3}.
 */
public record RuleRef(String name, int version) {

	public RuleRef {
		Objects.requireNonNull(name, "name");
		if (version < 1) {
			throw new IllegalArgumentException("rule versions start at 1");
		}
	}

	@Override
	public String toString() {
		return name + "/v" + version;
	}
}
