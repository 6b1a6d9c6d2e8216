package org.bookingfleet.integration.job.internal.store;

import java.util.Optional;

import org.bookingfleet.integration.job.IntegrationJob;

/**
 * A job as its claim read it, with what running it needs from other rows read in the same
 * statement: its booking's snapshot (none for a job of no booking, or of one not heard
 * of) and the result the job it runs after left (a CRM contact id).
 */
public record ClaimedJob(IntegrationJob job, Optional<BookingSnapshots.Stored> booking, Optional<String> afterResult) {
}
