package org.bookingfleet.booking.lifecycle;

import java.util.Objects;

public sealed interface Transition {

	record Accepted(Action action, BookingLifecycle before, BookingLifecycle after) implements Transition {
		public Accepted {
			Objects.requireNonNull(action, "action");
			Objects.requireNonNull(before, "before");
			Objects.requireNonNull(after, "after");
		}

		public boolean changesStatus() {
			return before.status() != after.status();
		}
	}

	record Refused(Refusal refusal, String reason) implements Transition {
		public Refused {
			Objects.requireNonNull(refusal, "refusal");
			Objects.requireNonNull(reason, "reason");
		}
	}

}
