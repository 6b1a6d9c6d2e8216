package org.bookingfleet.integration.notarization;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A remote online notarization transaction at Proof, kept for the booking it was created
 * for.
 */
public record RonSession(UUID bookingId, String transactionId, String signerLink) {

	public RonSession {
		Objects.requireNonNull(bookingId, "bookingId");
		Objects.requireNonNull(transactionId, "transactionId");
	}

	/**
	 * What to do with the transaction Proof answered, given the sessions already kept
	 * with its id or booking.
	 */
	public sealed interface Verdict {

		/** Nothing kept yet: keep it and announce it. */
		record Record() implements Verdict {
		}

		/**
		 * This booking already has its session (a retried call answered again): done,
		 * nothing new to announce.
		 */
		record AlreadyKept(RonSession kept) implements Verdict {
		}

		/**
		 * The transaction id is kept for another booking: the answer cannot be this
		 * booking's.
		 */
		record Conflict(String reason) implements Verdict {
		}

	}

	public static Verdict judge(RonSession answered, List<RonSession> kept) {
		for (RonSession session : kept) {
			if (session.transactionId().equals(answered.transactionId())
					&& !session.bookingId().equals(answered.bookingId())) {
				return new Verdict.Conflict("Proof answered transaction " + answered.transactionId() + " for booking "
						+ answered.bookingId() + ", but it belongs to booking " + session.bookingId());
			}
		}
		return kept.stream()
			.filter(session -> session.bookingId().equals(answered.bookingId()))
			.findFirst()
			.<Verdict>map(Verdict.AlreadyKept::new)
			.orElseGet(Verdict.Record::new);
	}
}
