package org.bookingfleet.booking.series;

import java.util.List;

public sealed interface SeriesOutcome {

	record Book(List<Occurrence> booked, List<Occurrence> skipped) implements SeriesOutcome {
		public Book {
			booked = List.copyOf(booked);
			skipped = List.copyOf(skipped);
		}
	}

	record Refused(List<Occurrence> conflicts) implements SeriesOutcome {
		public Refused {
			conflicts = List.copyOf(conflicts);
		}
	}

}
