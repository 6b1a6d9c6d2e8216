package org.bookingfleet.booking.waitlist;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * First come, first offered: a released slot goes to the earliest-joined waiting entry
 * that wants it. An offer lapses after {@code offerWindow}, or at the slot's start if
 * sooner; then, once its hold is released, the next in line who has not been offered that
 * slot gets it. A slot too close to its start for a useful offer is offered to nobody.
 */
public record WaitlistRules(Duration offerWindow, Duration shortestUsefulOffer) {

	public static final WaitlistRules STANDARD = new WaitlistRules(Duration.ofMinutes(15), Duration.ofMinutes(5));

	private static final Comparator<WaitlistEntry> LINE = Comparator.comparing(WaitlistEntry::joinedAt)
		.thenComparing(WaitlistEntry::id);

	/**
	 * The standard rules with another offer window; a window shorter than the standard
	 * shortest useful offer makes the whole window the shortest useful offer, so that
	 * short windows still offer slots.
	 */
	public static WaitlistRules holdingFor(Duration offerWindow) {
		Duration shortest = STANDARD.shortestUsefulOffer();
		return new WaitlistRules(offerWindow, offerWindow.compareTo(shortest) < 0 ? offerWindow : shortest);
	}

	public WaitlistRules {
		Objects.requireNonNull(offerWindow, "offerWindow");
		Objects.requireNonNull(shortestUsefulOffer, "shortestUsefulOffer");
	}

	/**
	 * The next offer of a released slot, unless the slot is already on offer to someone:
	 * one offer of a slot is outstanding at a time, the next one follows the release of
	 * the previous one's hold.
	 */
	public Optional<WaitlistOffer> nextOffer(ReleasedSlot slot, boolean onOffer, Collection<WaitlistEntry> entries,
			Set<String> alreadyOffered, Instant now) {
		return onOffer ? Optional.empty() : nextOffer(slot, entries, alreadyOffered, now);
	}

	public Optional<WaitlistOffer> nextOffer(ReleasedSlot slot, Collection<WaitlistEntry> entries,
			Set<String> alreadyOffered, Instant now) {
		Instant expiresAt = earlier(now.plus(offerWindow), slot.start());
		if (Duration.between(now, expiresAt).compareTo(shortestUsefulOffer) < 0) {
			return Optional.empty();
		}
		return entries.stream()
			.filter(entry -> entry.wants(slot))
			.filter(entry -> !alreadyOffered.contains(entry.id()))
			.min(LINE)
			.map(entry -> new WaitlistOffer(entry.id(), slot, expiresAt));
	}

	public boolean hasLapsed(WaitlistOffer offer, Instant now) {
		return !now.isBefore(offer.expiresAt());
	}

	/** Entries whose window has passed leave the line. */
	public boolean isClosed(WaitlistEntry entry, Instant now) {
		return !now.isBefore(entry.windowEnd());
	}

	private static Instant earlier(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}
}
