package org.bookingfleet.integration.notarization;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SessionStatusTest {

	@Test
	void proofsEventTypesNameTheStatusTheyAnnounce() {
		assertThat(SessionStatus.announcedBy("transaction.completed")).contains(SessionStatus.COMPLETED);
		assertThat(SessionStatus.announcedBy("transaction.completed_with_rejections"))
			.contains(SessionStatus.COMPLETED);
		assertThat(SessionStatus.announcedBy("transaction.meeting_started")).contains(SessionStatus.IN_PROGRESS);
		assertThat(SessionStatus.announcedBy("transaction.received")).contains(SessionStatus.RECEIVED);
		assertThat(SessionStatus.announcedBy("transaction.sent")).contains(SessionStatus.SENT);
		assertThat(SessionStatus.announcedBy("transaction.expired")).contains(SessionStatus.EXPIRED);
		assertThat(SessionStatus.announcedBy("transaction.recalled")).contains(SessionStatus.CANCELLED);
		assertThat(SessionStatus.announcedBy("document.uploaded")).isEmpty();
		assertThat(SessionStatus.announcedBy("unknown")).isEmpty();
	}

	@Property
	void anEndedSessionNeverMovesAndNoSessionMovesBack(@ForAll SessionStatus current, @ForAll SessionStatus next) {
		if (current.canMoveTo(next)) {
			assertThat(current.ended()).isFalse();
			assertThat(next.ordinal()).isGreaterThan(current.ordinal());
		}
		if (!current.ended() && next.ended()) {
			assertThat(current.canMoveTo(next)).isTrue();
		}
	}

}
