package org.bookingfleet.booking.bookings.internal.store;

import java.time.Instant;

import org.bookingfleet.booking.catalog.KnownHold;
import org.bookingfleet.platform.tokens.HoldTokens;
import org.bookingfleet.platform.web.ApiException;

/**
 * The hold a customer presents with its token, checked the same way for a new booking and
 * for a reschedule.
 */
final class PresentedHolds {

	private PresentedHolds() {
	}

	/**
	 * The hold the token names; 400 when the token is not this fleet's or names another
	 * hold than {@code holdId}.
	 */
	static KnownHold named(HoldTokens tokens, String holdId, String holdToken) {
		var claims = tokens.verify(holdToken)
			.orElseThrow(() -> ApiException.validation("holdToken", "is not a hold token of this fleet"));
		if (holdId != null && !holdId.equals(claims.holdId().toString())) {
			throw ApiException.validation("holdId", "the hold token is for another hold");
		}
		return new KnownHold(claims.holdId(), claims.providerId(), claims.serviceId(), claims.start(), claims.end(),
				claims.seats(), claims.expiresAt());
	}

	/** The hold while it still holds its slot; 409 HOLD_EXPIRED after. */
	static KnownHold live(KnownHold hold, Instant now) {
		if (!hold.expiresAt().isAfter(now)) {
			throw RefusalErrors.holdExpired(hold.expiresAt());
		}
		return hold;
	}

}
