package org.bookingfleet.booking.notarization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NotarizationProperties {

	private static final List<String> STATUSES = List.of("CREATED", "SENT", "RECEIVED", "IN_PROGRESS", "COMPLETED",
			"CANCELLED", "EXPIRED");

	@Provide
	Arbitrary<List<String>> heard() {
		return Arbitraries.of(STATUSES).list().ofMinSize(1).ofMaxSize(12);
	}

	/**
	 * Whatever Proof's events say in whatever order, once a finished status is shown it
	 * stays, with its time; and the booking never shows a status earlier than one it
	 * showed.
	 */
	@Property
	void aFinishedStatusStaysAndNoStatusMovesBack(@ForAll("heard") List<String> statuses) {
		Notarization shown = null;
		int stage = -1;
		for (int i = 0; i < statuses.size(); i++) {
			Notarization heard = new Notarization(statuses.get(i), Instant.EPOCH.plusSeconds(i));
			Notarization next = shown == null ? heard : shown.after(heard);
			if (shown != null && shown.finished()) {
				assertThat(next).isSameAs(shown);
			}
			int nextStage = Math.min(STATUSES.indexOf(next.status()), 4);
			assertThat(nextStage).isGreaterThanOrEqualTo(stage);
			stage = nextStage;
			shown = next;
		}
	}

	@Example
	void aSessionMovesForwardThenEnds() {
		Notarization created = new Notarization("CREATED", Instant.EPOCH);
		Notarization inProgress = created.after(new Notarization("IN_PROGRESS", Instant.EPOCH.plusSeconds(60)));
		Notarization completed = inProgress.after(new Notarization("COMPLETED", Instant.EPOCH.plusSeconds(120)));

		assertThat(inProgress.status()).isEqualTo("IN_PROGRESS");
		assertThat(inProgress.after(new Notarization("SENT", Instant.EPOCH.plusSeconds(90)))).isSameAs(inProgress);
		assertThat(completed).isEqualTo(new Notarization("COMPLETED", Instant.EPOCH.plusSeconds(120)));
		assertThat(completed.after(new Notarization("CANCELLED", Instant.EPOCH.plusSeconds(180)))).isSameAs(completed);
	}

}
