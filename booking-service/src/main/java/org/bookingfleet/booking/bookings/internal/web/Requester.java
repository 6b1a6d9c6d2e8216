package org.bookingfleet.booking.bookings.internal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bookingfleet.booking.audit.Origin;
import org.bookingfleet.booking.bookings.Booking;
import org.bookingfleet.booking.lifecycle.Caller;
import org.bookingfleet.booking.lifecycle.Relation;
import org.bookingfleet.platform.security.Role;

/**
 * The caller of one request: its JWT (possibly anonymous), a guest's booking token if
 * sent, the booking a valid manage link of the customer's messages opens (null without
 * one), and where it came from. A manage link makes its holder the booking's owner, as
 * the booking token does, for that one booking only.
 */
public record Requester(org.bookingfleet.platform.security.Caller jwt, String bookingToken, UUID linkedBooking,
		Origin origin) {

	public Requester(org.bookingfleet.platform.security.Caller jwt, String bookingToken, Origin origin) {
		this(jwt, bookingToken, null, origin);
	}

	private static final List<Relation> STRONGEST_FIRST = List.of(Relation.ADMIN, Relation.OWN_PROVIDER,
			Relation.OWNER);

	/** The strongest relation any of the caller's credentials gives to the booking. */
	public Relation relationTo(Booking booking) {
		List<Relation> held = new ArrayList<>(
				credentials().stream().map(caller -> booking.parties().relationOf(caller)).toList());
		if (booking.details().id().equals(linkedBooking)) {
			held.add(Relation.OWNER);
		}
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
