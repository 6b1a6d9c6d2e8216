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
 * @param business the profile of the business that sells the service (its name, legal
 * identity, address, tax id, language, support contact, invoice prefix), or null in
 * events of older producers
 * @param taxName the name of the tax its price carries ("Texas sales tax", "VAT"), or
 * null when it is untaxed or in events of older producers
 * @param taxRatePercent that tax's rate in percent as a decimal ("8.25", "20"), or null
 */
public record ServiceSnapshot(String serviceId, String businessId, String name, String type, int durationMinutes,
		int capacity, int bufferBeforeMinutes, int bufferAfterMinutes, int minimumNoticeMinutes, String timeZone,
		String currency, boolean active, String bookableFrom, String bookableUntil, int minDurationMinutes,
		int maxDurationMinutes, int durationStepMinutes, BusinessProfile business, String taxName,
		String taxRatePercent) {

	/**
	 * A service as announced before the business profile and the tax travelled with it.
	 */
	public ServiceSnapshot(String serviceId, String businessId, String name, String type, int durationMinutes,
			int capacity, int bufferBeforeMinutes, int bufferAfterMinutes, int minimumNoticeMinutes, String timeZone,
			String currency, boolean active, String bookableFrom, String bookableUntil, int minDurationMinutes,
			int maxDurationMinutes, int durationStepMinutes) {
		this(serviceId, businessId, name, type, durationMinutes, capacity, bufferBeforeMinutes, bufferAfterMinutes,
				minimumNoticeMinutes, timeZone, currency, active, bookableFrom, bookableUntil, minDurationMinutes,
				maxDurationMinutes, durationStepMinutes, null, null, null);
	}

	/**
	 * A service of fixed length, bookable round the clock, as services were announced
	 * before hours travelled.
	 */
	public ServiceSnapshot(String serviceId, String businessId, String name, String type, int durationMinutes,
			int capacity, int bufferBeforeMinutes, int bufferAfterMinutes, int minimumNoticeMinutes, String timeZone,
			String currency, boolean active) {
		this(serviceId, businessId, name, type, durationMinutes, capacity, bufferBeforeMinutes, bufferAfterMinutes,
				minimumNoticeMinutes, timeZone, currency, active, null, null, 0, 0, 0, null, null, null);
	}

	/**
	 * The same service described with its business's profile and its tax.
	 */
	public ServiceSnapshot withBusiness(BusinessProfile profile, String tax, String ratePercent) {
		return new ServiceSnapshot(serviceId, businessId, name, type, durationMinutes, capacity, bufferBeforeMinutes,
				bufferAfterMinutes, minimumNoticeMinutes, timeZone, currency, active, bookableFrom, bookableUntil,
				minDurationMinutes, maxDurationMinutes, durationStepMinutes, profile, tax, ratePercent);
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
