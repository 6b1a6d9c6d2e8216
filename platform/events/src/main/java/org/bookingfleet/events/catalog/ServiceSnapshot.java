package org.bookingfleet.events.catalog;

/**
 * What other services need to know of a catalog service: enough to generate slots and
 * seat sessions, and to list only the starts the pricing service will price.
 *
 * @param bookableFrom the earliest local start time of the day ({@code HH:mm},
 * inclusive), or null round the clock
 * @param bookableUntil the local time of day starts must come before ({@code HH:mm},
 * exclusive), or null round the clock
 * @param minDurationMinutes the shortest length a customer may choose, or 0 when the
 * length is fixed
 * @param maxDurationMinutes the longest length a customer may choose, or 0 when the
 * length is fixed
 * @param durationStepMinutes a chosen length is a whole number of these, or 0 when the
 * length is fixed
 */
public record ServiceSnapshot(String serviceId, String businessId, String name, String type, int durationMinutes,
		int capacity, int bufferBeforeMinutes, int bufferAfterMinutes, int minimumNoticeMinutes, String timeZone,
		String currency, boolean active, String bookableFrom, String bookableUntil, int minDurationMinutes,
		int maxDurationMinutes, int durationStepMinutes) {

	/**
	 * A service of fixed length, bookable round the clock, as services were announced
	 * before hours travelled.
	 */
	public ServiceSnapshot(String serviceId, String businessId, String name, String type, int durationMinutes,
			int capacity, int bufferBeforeMinutes, int bufferAfterMinutes, int minimumNoticeMinutes, String timeZone,
			String currency, boolean active) {
		this(serviceId, businessId, name, type, durationMinutes, capacity, bufferBeforeMinutes, bufferAfterMinutes,
				minimumNoticeMinutes, timeZone, currency, active, null, null, 0, 0, 0);
	}

	/**
	 * Whether the customer chooses the length (an hourly service); otherwise it is
	 * {@code durationMinutes}.
	 */
	public boolean hasVariableDuration() {
		return durationStepMinutes > 0 && maxDurationMinutes >= minDurationMinutes && minDurationMinutes > 0;
	}

	/**
	 * Whether a customer may book this length: the fixed one, or a whole number of steps
	 * within the bounds.
	 */
	public boolean offersDuration(int minutes) {
		if (!hasVariableDuration()) {
			return minutes == durationMinutes;
		}
		return minutes >= minDurationMinutes && minutes <= maxDurationMinutes && minutes % durationStepMinutes == 0;
	}

}
