package org.bookingfleet.integration.booking;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

public record Customer(String name, String email, Optional<String> phone, String languageTag, Set<Channel> channels) {

	public Customer {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(email, "email");
		Objects.requireNonNull(phone, "phone");
		languageTag = languageTag == null || languageTag.isBlank() ? "en" : languageTag;
		channels = Set.copyOf(channels);
	}

	/** Channels we can actually use: a text message needs a phone number. */
	public Set<Channel> reachableChannels() {
		return channels.stream()
			.filter(channel -> channel == Channel.EMAIL || phone.isPresent())
			.collect(Collectors.toUnmodifiableSet());
	}
}
