package org.bookingfleet.integration.job.internal.store;

import java.util.Optional;

import org.bookingfleet.integration.job.IntegrationJob;

/**
 * A job as its claim read it, with what running it needs from other rows read in the same
 * statement: its booking's snapshot (none for a job of no booking, or of one not heard
 * of), the result the job it runs after left (a CRM contact id), and whether jobs waited
 * for it when it was claimed ({@code awaited}: its end may make them due).
 */
public record ClaimedJob(IntegrationJob job, Optional<BookingSnapshots.Stored> booking, Optional<String> afterResult,
		boolean awaited) {
}
