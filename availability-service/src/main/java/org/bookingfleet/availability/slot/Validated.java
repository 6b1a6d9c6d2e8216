package org.bookingfleet.availability.slot;

import java.util.function.Function;

/** A value read from a request, or the one problem that stops it. */
public sealed interface Validated<T> {

	record Valid<T>(T value) implements Validated<T> {
	}

	record Invalid<T>(AvailabilityProblem problem) implements Validated<T> {
	}

	static <T> Validated<T> valid(T value) {
		return new Valid<>(value);
	}

	static <T> Validated<T> invalid(AvailabilityProblem problem) {
		return new Invalid<>(problem);
	}

	default <R> R fold(Function<T, R> onValid, Function<AvailabilityProblem, R> onInvalid) {
		if (this instanceof Valid<T> valid) {
			return onValid.apply(valid.value());
		}
		return onInvalid.apply(((Invalid<T>) this).problem());
	}

}
