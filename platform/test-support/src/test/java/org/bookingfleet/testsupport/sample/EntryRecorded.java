package org.bookingfleet.testsupport.sample;

import java.util.UUID;

import org.bookingfleet.events.EventContract;

@EventContract(type = "EntryRecorded", topic = "ledger.events", key = "account", aggregateVersion = "accountVersion")
public record EntryRecorded(UUID entryId, String account, String note, long accountVersion) {

	/** An entry of no particular version of its account. */
	public EntryRecorded(UUID entryId, String account, String note) {
		this(entryId, account, note, 0);
	}

}
