package org.bookingfleet.booking.bookings.internal.store;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.booking.bookings.Booking;
import org.bookingfleet.booking.series.Recurrence;
import org.bookingfleet.platform.WholeResult;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
public class SeriesStore {

	private final DatabaseClient database;

	public SeriesStore(DatabaseClient database) {
		this.database = database;
	}

	public Mono<Void> insert(UUID id, Recurrence recurrence, int occurrences, Instant now) {
		return database.sql("""
				insert into booking_series (id, frequency, occurrences, on_conflict, created_at)
				values (:id, :frequency, :occurrences, :onConflict, :now)
				""")
			.bind("id", id)
			.bind("frequency", recurrence.frequency().name())
			.bind("occurrences", occurrences)
			.bind("onConflict", recurrence.onConflict().name())
			.bind("now", now)
			.fetch()
			.rowsUpdated()
			.then();
	}

	public Mono<String> onConflict(UUID id) {
		return database.sql("select on_conflict from booking_series where id = :id")
			.bind("id", id)
			.map((row, meta) -> row.get("on_conflict", String.class))
			.one();
	}

	public Flux<Booking> members(UUID seriesId) {
		return database.sql(Bookings.SELECT + " where series_id = :id order by series_index")
			.bind("id", seriesId)
			.map(Bookings::read)
			.all()
			.as(WholeResult::of);
	}

}
