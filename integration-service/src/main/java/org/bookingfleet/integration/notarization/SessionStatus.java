package org.bookingfleet.integration.notarization;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a RON session stands at Proof. Proof's webhooks move it forward; a session that
 * ended (completed, cancelled, expired) stays ended, so a late or replayed delivery never
 * reopens it.
 */
public enum SessionStatus {

	/** Proof made the transaction and answered its signer link. */
	CREATED(0),
	/** Proof sent the transaction to the signer. */
	SENT(1),
	/** The signer opened it. */
	RECEIVED(2),
	/** The signer is in the session with the notary. */
	IN_PROGRESS(3),
	/** Notarized. */
	COMPLETED(4),
	/** Recalled because the booking was cancelled, or cancelled at Proof. */
	CANCELLED(4),
	/** Proof let it expire unsigned. */
	EXPIRED(4);

	private final int stage;

	SessionStatus(int stage) {
		this.stage = stage;
	}

	public boolean ended() {
		return stage == 4;
	}

	/** Whether a session standing here may move to {@code next}. */
	public boolean canMoveTo(SessionStatus next) {
		return !ended() && next.stage > stage;
	}

	/**
	 * The status a Proof webhook event announces ({@code transaction.completed},
	 * {@code transaction.meeting_started}, ...), if it names one.
	 */
	public static Optional<SessionStatus> announcedBy(String eventType) {
		String type = eventType.toLowerCase(Locale.ROOT);
		int dot = type.lastIndexOf('.');
		String what = dot < 0 ? type : type.substring(dot + 1);
		if (what.startsWith("completed")) {
			return Optional.of(COMPLETED);
		}
		return switch (what) {
			case "sent", "activated" -> Optional.of(SENT);
			case "received", "opened", "viewed" -> Optional.of(RECEIVED);
			case "meeting_started", "started", "in_progress", "signing" -> Optional.of(IN_PROGRESS);
			case "cancelled", "canceled", "recalled", "deleted" -> Optional.of(CANCELLED);
			case "expired" -> Optional.of(EXPIRED);
			default -> Optional.empty();
		};
	}

}
