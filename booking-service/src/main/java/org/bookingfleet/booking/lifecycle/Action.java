package org.bookingfleet.booking.lifecycle;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Everything that can be asked of a booking, with the relations allowed to ask it. */
public enum Action {

	RESERVE_SLOT(EnumSet.of(Relation.SAGA)), REJECT_SLOT(EnumSet.of(Relation.SAGA)),
	RECORD_PAYMENT(EnumSet.of(Relation.SAGA)), RECORD_PART_PAYMENT(EnumSet.of(Relation.SAGA)),
	EXPIRE(EnumSet.of(Relation.SAGA)), SWAP_SLOT(EnumSet.of(Relation.SAGA)),
	APPROVE(EnumSet.of(Relation.OWN_PROVIDER, Relation.ADMIN)),
	DECLINE(EnumSet.of(Relation.OWN_PROVIDER, Relation.ADMIN)),
	COMPLETE(EnumSet.of(Relation.OWN_PROVIDER, Relation.ADMIN)),
	MARK_NO_SHOW(EnumSet.of(Relation.OWN_PROVIDER, Relation.ADMIN)),
	CANCEL(EnumSet.of(Relation.OWNER, Relation.OWN_PROVIDER, Relation.ADMIN, Relation.SAGA)),
	RESCHEDULE(EnumSet.of(Relation.OWNER, Relation.OWN_PROVIDER, Relation.ADMIN)),
	UPDATE_DETAILS(EnumSet.of(Relation.OWNER, Relation.ADMIN));

	private final Set<Relation> allowed;

	Action(Set<Relation> allowed) {
		this.allowed = allowed;
	}

	public boolean allows(Relation relation) {
		return allowed.contains(relation);
	}

	/**
	 * The action behind {@code POST /bookings/{id}/transitions}, where providers and
	 * admins name the status they want.
	 */
	public static Optional<Action> toReach(BookingStatus status) {
		return switch (status) {
			case CONFIRMED -> Optional.of(APPROVE);
			case COMPLETED -> Optional.of(COMPLETE);
			case NO_SHOW -> Optional.of(MARK_NO_SHOW);
			case REJECTED -> Optional.of(DECLINE);
			default -> Optional.empty();
		};
	}

}
