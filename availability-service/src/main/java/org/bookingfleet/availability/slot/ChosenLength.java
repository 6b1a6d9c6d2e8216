package org.bookingfleet.availability.slot;

import java.time.Duration;
import java.util.OptionalInt;

import org.bookingfleet.availability.slot.AvailabilityProblem.DurationNotOffered;

/**
 * The service's terms for the length a customer asks for: a service of variable length
 * defaults to its shortest and takes any length it offers; a service of fixed length
 * takes no other than its own.
 */
public final class ChosenLength {

	private ChosenLength() {
	}

	public static Validated<ServiceTerms> of(ServiceTerms service, OptionalInt minutes) {
		if (minutes.isEmpty()) {
			return Validated.valid(service.lastingFor(service.defaultDuration()));
		}
		Duration asked = Duration.ofMinutes(minutes.getAsInt());
		if (minutes.getAsInt() < 1 || !service.offers(asked)) {
			return Validated.invalid(new DurationNotOffered(asked, offered(service)));
		}
		return Validated.valid(service.lastingFor(asked));
	}

	private static String offered(ServiceTerms service) {
		if (!service.hasVariableDuration()) {
			return service.duration().toMinutes() + " minutes";
		}
		return "from " + service.lengths().shortest().toMinutes() + " to " + service.lengths().longest().toMinutes()
				+ " minutes in steps of " + service.lengths().step().toMinutes();
	}

}
