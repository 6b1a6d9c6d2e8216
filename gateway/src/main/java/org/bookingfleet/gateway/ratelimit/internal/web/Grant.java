package org.bookingfleet.gateway.ratelimit.internal.web;

/**
 * What the shared bucket gave a lease: how many requests (none when the client is over
 * its limit) and the tokens left in the bucket after it; {@link #UNCHECKED} when Redis
 * did not answer.
 */
record Grant(long requests, long tokensLeft) {

	public static final Grant UNCHECKED = new Grant(0, -1);

	boolean checked() {
		return this.tokensLeft >= 0;
	}

}
