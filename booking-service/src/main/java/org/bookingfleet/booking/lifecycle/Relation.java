package org.bookingfleet.booking.lifecycle;

/**
 * What a caller is to one booking; the transition rules are written against this, not
 * against raw identities.
 */
public enum Relation {

	OWNER, OWN_PROVIDER, ADMIN, SAGA, STRANGER

}
