package org.bookingfleet.testsupport;

import org.bookingfleet.testsupport.sample.EntryGate;
import org.bookingfleet.testsupport.sample.EntryRecorded;

import org.bookingfleet.platform.consumer.EventSubscription;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * A tiny service that exercises the platform: it records entries with their events and
 * applies them back.
 */
@SpringBootApplication
public class LedgerApplication {

	@Bean
	EventSubscription ledgerProjection(DatabaseClient database) {
		return EventSubscription.named("projection").on(EntryRecorded.class, (entry, envelope) -> {
			if (entry.note().equals("poison")) {
				return Mono.error(new IllegalArgumentException("this entry can never be applied"));
			}
			return database.sql("insert into applied_entry (entry_id) values (:id)")
				.bind("id", entry.entryId())
				.fetch()
				.rowsUpdated()
				.then();
		});
	}

	@Bean
	EntryGate entryGate() {
		return new EntryGate();
	}

	/**
	 * Applies entries in the order of each entry, not of its account (the record's key).
	 */
	@Bean
	EventSubscription entriesSideBySide(EntryGate gate) {
		return EventSubscription.named("side-by-side")
			.on(EntryRecorded.class, "entryId", (entry, envelope) -> gate.apply(entry));
	}

}
