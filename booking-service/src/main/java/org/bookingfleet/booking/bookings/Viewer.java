package org.bookingfleet.booking.bookings;

import java.util.ArrayList;
import java.util.List;
import org.bookingfleet.booking.audit.Origin;
import org.bookingfleet.booking.lifecycle.Caller;
import org.bookingfleet.booking.lifecycle.Relation;
import org.bookingfleet.platform.security.Role;

/**
 * The caller of one request: its JWT (possibly anonymous), a guest's booking token if
 * sent, and where it came from.
 */
public record Viewer(org.bookingfleet.platform.security.Caller jwt, String bookingToken, Origin origin) {

	private static final List<Relation> STRONGEST_FIRST = List.of(Relation.ADMIN, Relation.OWN_PROVIDER,
			Relation.OWNER);

	/** The strongest relation any of the caller's credentials gives to the booking. */
	public Relation relationTo(Booking booking) {
		List<Relation> held = credentials().stream().map(caller -> booking.parties().relationOf(caller)).toList();
		return STRONGEST_FIRST.stream().filter(held::contains).findFirst().orElse(Relation.STRANGER);
	}

	public boolean isAdmin() {
		return jwt.isAdmin();
	}

	public boolean isProvider() {
		return jwt.has(Role.PROVIDER) && jwt.providerId() != null;
	}

	public String customerId() {
		return jwt.isAnonymous() ? null : jwt.subject();
	}

	private List<Caller> credentials() {
		List<Caller> callers = new ArrayList<>();
		if (jwt.isAdmin()) {
			callers.add(new Caller.Admin(jwt.subject()));
		}
		if (isProvider()) {
			callers.add(new Caller.Provider(String.valueOf(jwt.providerId())));
		}
		if (!jwt.isAnonymous()) {
			callers.add(new Caller.Customer(jwt.subject()));
		}
		if (bookingToken != null && !bookingToken.isBlank()) {
			callers.add(new Caller.Guest(bookingToken));
		}
		return callers;
	}
}
