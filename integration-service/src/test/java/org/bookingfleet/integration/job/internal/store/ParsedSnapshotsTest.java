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
		ParsedSnapshots snapshots = new ParsedSnapshots(4);

		BookingSnapshot first = snapshots.parsed(new String("{\"v\":1}"), parser);
		BookingSnapshot again = snapshots.parsed(new String("{\"v\":1}"), parser);

		assertThat(again).isSameAs(first);
		assertThat(parsedTexts).containsExactly("{\"v\":1}");
	}

	@Test
	void aChangedSnapshotIsParsedAnew() {
		ParsedSnapshots snapshots = new ParsedSnapshots(4);

		BookingSnapshot before = snapshots.parsed("{\"v\":1}", parser);
		BookingSnapshot after = snapshots.parsed("{\"v\":2}", parser);

		assertThat(after).isNotEqualTo(before);
		assertThat(parsedTexts).containsExactly("{\"v\":1}", "{\"v\":2}");
	}

	@Test
	void theLeastRecentlyReadGoFirstWhenFull() {
		ParsedSnapshots snapshots = new ParsedSnapshots(2);
		snapshots.parsed("a", parser);
		snapshots.parsed("b", parser);
		snapshots.parsed("a", parser);

		snapshots.parsed("c", parser);
		snapshots.parsed("a", parser);
		snapshots.parsed("b", parser);

		assertThat(parsedTexts).containsExactly("a", "b", "c", "b");
	}

}
