package org.bookingfleet.availability.slot;

import java.time.Duration;
import java.util.Objects;

/** How one service occupies a provider: its length, the buffers around it, and its seats per session. */
public record ServiceTerms(Duration duration, Duration bufferBefore, Duration bufferAfter, int capacity) {

    public ServiceTerms {
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(bufferBefore, "bufferBefore");
        Objects.requireNonNull(bufferAfter, "bufferAfter");
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

    public static ServiceTerms lasting(Duration duration) {
        return new ServiceTerms(duration, Duration.ZERO, Duration.ZERO, 1);
    }

    public ServiceTerms withBuffers(Duration before, Duration after) {
        return new ServiceTerms(duration, before, after, capacity);
    }

    public ServiceTerms withCapacity(int seats) {
        return new ServiceTerms(duration, bufferBefore, bufferAfter, seats);
    }
}
