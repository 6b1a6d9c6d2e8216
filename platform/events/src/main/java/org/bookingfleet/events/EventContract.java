package org.bookingfleet.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the record that is the body of one event type, with the topic it travels on and
 * the version of its contract. A new required field or a changed meaning is a new
 * version; consumers ignore fields they do not know.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventContract {

	String type();

	String topic();

	int version() default 1;

	/**
	 * The record component whose value keys the event on its topic (a dotted path for one
	 * inside a nested record): events of one key reach each consumer in the order they
	 * were written.
	 */
	String key();

	/**
	 * The record component (a dotted path for one inside a nested record) whose number is
	 * the version of the aggregate after the change the event announces, carried in the
	 * envelope's {@code aggregateversion} so a consumer can tell a late event from a
	 * newer one; empty for events of no versioned aggregate, whose envelopes carry 0.
	 */
	String aggregateVersion() default "";

}
