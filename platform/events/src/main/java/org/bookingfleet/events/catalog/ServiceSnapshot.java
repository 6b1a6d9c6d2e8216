package org.bookingfleet.events.catalog;

/** What other services need to know of a catalog service: enough to generate slots and seat sessions. */
public record ServiceSnapshot(String serviceId, String businessId, String name, String type, int durationMinutes,
		int capacity, int bufferBeforeMinutes, int bufferAfterMinutes, int minimumNoticeMinutes, String timeZone,
		String currency, boolean active) {
}
