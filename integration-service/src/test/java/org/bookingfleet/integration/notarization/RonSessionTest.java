package org.bookingfleet.integration.notarization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RonSessionTest {

	private final UUID booking = UUID.randomUUID();

	private final UUID other = UUID.randomUUID();

	@Test
	void newTransactionIsRecorded() {
		assertThat(RonSession.judge(new RonSession(booking, "ot_1", "link"), List.of()))
			.isInstanceOf(RonSession.Verdict.Record.class);
	}

	@Test
	void sameTransactionForTheSameBookingIsAlreadyKept() {
		RonSession kept = new RonSession(booking, "ot_1", "link");
		assertThat(RonSession.judge(new RonSession(booking, "ot_1", "link"), List.of(kept)))
			.isEqualTo(new RonSession.Verdict.AlreadyKept(kept));
	}

	@Test
	void bookingThatHasASessionKeepsItsFirstOne() {
		RonSession kept = new RonSession(booking, "ot_1", "link");
		assertThat(RonSession.judge(new RonSession(booking, "ot_2", "link2"), List.of(kept)))
			.isEqualTo(new RonSession.Verdict.AlreadyKept(kept));
	}

	@Test
	void transactionOfAnotherBookingIsAConflictNamingBoth() {
		RonSession.Verdict verdict = RonSession.judge(new RonSession(booking, "ot_1", "link"),
				List.of(new RonSession(other, "ot_1", "link")));
		assertThat(verdict).isInstanceOfSatisfying(RonSession.Verdict.Conflict.class,
				conflict -> assertThat(conflict.reason()).contains("ot_1")
					.contains(booking.toString())
					.contains(other.toString()));
	}

}
