package org.bookingfleet.testsupport.sample;

import java.util.UUID;

import org.bookingfleet.events.EventContract;

@EventContract(type = "EntryRecorded", topic = "ledger.events", key = "account")
public record EntryRecorded(UUID entryId, String account, String note) {
}
