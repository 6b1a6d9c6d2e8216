package org.bookingfleet.booking.policy;

import java.time.Duration;
import java.util.Objects;

/** Applies when the change comes at least {@code minimumNotice} before the start. */
public record NoticeTier(Duration minimumNotice, Retention retention) {

	public NoticeTier {
		Objects.requireNonNull(minimumNotice, "minimumNotice");
		Objects.requireNonNull(retention, "retention");
		if (minimumNotice.isNegative()) {
			throw new IllegalArgumentException("notice cannot be negative");
		}
	}
}
