package org.bookingfleet.integration.job;

/**
 * Where a booking's opportunity stands in the CRM pipeline; configuration maps each to a
 * pipeline stage id.
 */
public enum CrmStage {

	CONFIRMED, CANCELLED, COMPLETED

}
