package org.bookingfleet.integration.waitlist;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.bookingfleet.integration.booking.Channel;
import org.bookingfleet.integration.message.Language;

/**
 * A released slot offered to the first customer in line until it expires, told in the
 * customer's language on the customer's channels, times in {@code zone}. An offer that
 * names no language (made before offers carried one) is told in every language we have;
 * one that names no channels goes by email and SMS, as far as the customer gave an
 * address and a phone.
 */
public record WaitlistOffer(UUID offerId, UUID entryId, String serviceName, String providerName, ZoneId zone,
		Instant start, Instant end, int seats, Instant expiresAt, String customerName, Optional<String> customerEmail,
		Optional<String> customerPhone, Optional<Language> language, Set<Channel> channels) {

	/** An offer that names neither a language nor channels. */
	public WaitlistOffer(UUID offerId, UUID entryId, String serviceName, String providerName, ZoneId zone,
			Instant start, Instant end, int seats, Instant expiresAt, String customerName,
			Optional<String> customerEmail, Optional<String> customerPhone) {
		this(offerId, entryId, serviceName, providerName, zone, start, end, seats, expiresAt, customerName,
				customerEmail, customerPhone, Optional.empty(), Set.of());
	}

	public WaitlistOffer {
		Objects.requireNonNull(offerId, "offerId");
		Objects.requireNonNull(entryId, "entryId");
		Objects.requireNonNull(serviceName, "serviceName");
		Objects.requireNonNull(providerName, "providerName");
		Objects.requireNonNull(zone, "zone");
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		Objects.requireNonNull(expiresAt, "expiresAt");
		customerName = customerName == null || customerName.isBlank() ? "" : customerName.strip();
		customerEmail = customerEmail.map(String::strip).filter(email -> !email.isEmpty());
		customerPhone = customerPhone.map(String::strip).filter(phone -> !phone.isEmpty());
		Objects.requireNonNull(language, "language");
		channels = channels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channels));
	}

	public boolean reachable() {
		return customerEmail.isPresent() || customerPhone.isPresent();
	}

	public boolean expiredAt(Instant now) {
		return !now.isBefore(expiresAt);
	}
}
