package org.bookingfleet.gateway.cache;

/**
 * A feed of a service's changes that makes the gateway forget the answers each change
 * makes wrong, so those answers may be kept longer than the feed takes to tell. While the
 * feed is not live (before it first connects, after it drops) the answers that rely on it
 * are not kept.
 */
public interface LiveChanges {

	/** The name a route's {@code PublicCache} filter follows it by. */
	String name();

	boolean isLive();

}
