package org.bookingfleet.platform.security;

public enum Role {

	CLIENT, PROVIDER, ADMIN

}
