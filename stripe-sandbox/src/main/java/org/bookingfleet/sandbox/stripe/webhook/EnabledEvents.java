package org.bookingfleet.sandbox.stripe.webhook;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The event types a webhook endpoint is subscribed to, as Stripe's {@code enabled_events}
 * of a webhook endpoint: {@code *} for every type, else the named ones. Stripe sends an
 * endpoint no other event, so an integration that subscribes only to what it reads is not
 * called for the rest.
 */
public final class EnabledEvents {

	private static final String EVERY_TYPE = "*";

	private final Set<String> types;

	private EnabledEvents(Set<String> types) {
		this.types = types;
	}

	public static EnabledEvents all() {
		return new EnabledEvents(Set.of(EVERY_TYPE));
	}

	/** A comma-separated list of event types, or {@code *}; blank means every type. */
	public static EnabledEvents parse(String list) {
		Set<String> types = Arrays.stream(list.split(","))
			.map(String::trim)
			.filter(type -> !type.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
		return types.isEmpty() ? all() : new EnabledEvents(types);
	}

	public boolean includes(String type) {
		return types.contains(EVERY_TYPE) || types.contains(type);
	}

	@Override
	public String toString() {
		return types.stream().sorted().collect(Collectors.joining(","));
	}

}
