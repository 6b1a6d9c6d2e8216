package org.bookingfleet.availability.slot;

import java.time.Duration;
import java.util.Objects;

/**
 * How one service occupies a provider: its length, the buffers around it, its seats per
 * session, the lengths a customer may choose instead (a service of variable length) and
 * the local hours at which it may start.
 */
public record ServiceTerms(Duration duration, Duration bufferBefore, Duration bufferAfter, int capacity,
		Lengths lengths, ServiceHours hours) {

	public ServiceTerms {
		Objects.requireNonNull(duration, "duration");
		Objects.requireNonNull(bufferBefore, "bufferBefore");
		Objects.requireNonNull(bufferAfter, "bufferAfter");
		Objects.requireNonNull(lengths, "lengths");
		Objects.requireNonNull(hours, "hours");
		if (duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException("a service lasts longer than zero: " + duration);
		}
		if (bufferBefore.isNegative() || bufferAfter.isNegative()) {
			throw new IllegalArgumentException("buffers are never negative");
		}
		if (capacity < 1) {
			throw new IllegalArgumentException("a service seats at least one: " + capacity);
		}
	}

	/** A service of fixed length, bookable whenever the provider works. */
	public ServiceTerms(Duration duration, Duration bufferBefore, Duration bufferAfter, int capacity) {
		this(duration, bufferBefore, bufferAfter, capacity, Lengths.fixed(), ServiceHours.roundTheClock());
	}

	public static ServiceTerms lasting(Duration duration) {
		return new ServiceTerms(duration, Duration.ZERO, Duration.ZERO, 1);
	}

	public ServiceTerms withBuffers(Duration before, Duration after) {
		return new ServiceTerms(duration, before, after, capacity, lengths, hours);
	}

	public ServiceTerms withCapacity(int seats) {
		return new ServiceTerms(duration, bufferBefore, bufferAfter, seats, lengths, hours);
	}

	public ServiceTerms withLengths(Lengths chosenFrom) {
		return new ServiceTerms(duration, bufferBefore, bufferAfter, capacity, chosenFrom, hours);
	}

	public ServiceTerms withHours(ServiceHours bookable) {
		return new ServiceTerms(duration, bufferBefore, bufferAfter, capacity, lengths, bookable);
	}

	public boolean hasVariableDuration() {
		return lengths.areChosen();
	}

	/**
	 * The length of an appointment when the customer names none: the shortest they may
	 * choose, or the fixed one.
	 */
	public Duration defaultDuration() {
		return hasVariableDuration() ? lengths.shortest() : duration;
	}

	/**
	 * Whether a customer may book this length: the fixed one, or one of the lengths to
	 * choose from.
	 */
	public boolean offers(Duration length) {
		return hasVariableDuration() ? lengths.include(length) : length.equals(duration);
	}

	/**
	 * The same service for an appointment of the chosen length: what slots and
	 * reservations of it are made of.
	 */
	public ServiceTerms lastingFor(Duration chosen) {
		return new ServiceTerms(chosen, bufferBefore, bufferAfter, capacity, lengths, hours);
	}
}
