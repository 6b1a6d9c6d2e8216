package org.bookingfleet.integration.job.internal.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.bookingfleet.integration.SampleBookings;
import org.bookingfleet.integration.booking.BookingSnapshot;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParsedSnapshotsTest {

	private final List<String> parsedTexts = new ArrayList<>();

	private final Function<String, BookingSnapshot> parser = text -> {
		parsedTexts.add(text);
		return SampleBookings.haircut(Instant.EPOCH.plusSeconds(parsedTexts.size()));
	};

	@Test
	void theSameTextIsParsedOnceAndItsSnapshotShared() {
		ParsedSnapshots snapshots = new ParsedSnapshots(4, parser);

		BookingSnapshot first = snapshots.of(new String("{\"v\":1}"));
		BookingSnapshot again = snapshots.of(new String("{\"v\":1}"));

		assertThat(again).isSameAs(first);
		assertThat(parsedTexts).containsExactly("{\"v\":1}");
	}

	@Test
	void aChangedSnapshotIsParsedAnew() {
		ParsedSnapshots snapshots = new ParsedSnapshots(4, parser);

		BookingSnapshot before = snapshots.of("{\"v\":1}");
		BookingSnapshot after = snapshots.of("{\"v\":2}");

		assertThat(after).isNotEqualTo(before);
		assertThat(parsedTexts).containsExactly("{\"v\":1}", "{\"v\":2}");
	}

	@Test
	void theLeastRecentlyReadGoFirstWhenFull() {
		ParsedSnapshots snapshots = new ParsedSnapshots(2, parser);
		snapshots.of("a");
		snapshots.of("b");
		snapshots.of("a");

		snapshots.of("c");
		snapshots.of("a");
		snapshots.of("b");

		assertThat(parsedTexts).containsExactly("a", "b", "c", "b");
	}

}
