package org.bookingfleet.pricing.catalog.internal.web;

import java.math.BigDecimal;

/**
 * What an admin sends to define or change a service; amounts in minor units of
 * {@code currency}.
 */
public record ServiceDefinitionBody(String businessId, String name, String description, String type,
		Integer durationMinutes, Integer capacity, Integer maxSigners, Integer maxDocuments, PriceBody price,
		DepositBody deposit, AreaBody serviceArea, HoursBody hours, String timeZone, String currency,
		String taxJurisdiction, SurchargesBody surcharges, Integer bufferBeforeMinutes, Integer bufferAfterMinutes,
		Integer minimumNoticeMinutes, Boolean active) {

	/**
	 * {@code model}: FIXED, PER_ATTENDEE (with the attendee range) or HOURLY (with the
	 * bookable minutes).
	 */
	public record PriceBody(String model, Long cents, Integer minAttendees, Integer maxAttendees,
			Integer minimumMinutes, Integer maximumMinutes, Integer incrementMinutes) {
	}

	/**
	 * {@code rule}: NONE, FIXED (with {@code cents}) or PERCENT (with {@code percent}).
	 */
	public record DepositBody(String rule, Long cents, BigDecimal percent) {
	}

	public record AreaBody(Double lat, Double lng, Integer standardRadiusMiles, Integer extendedRadiusMiles,
			Long travelFeeRateCentsPerMile) {
	}

	/** Windows as {@code "09:00-17:00"}; {@code bookable} defaults to {@code regular}. */
	public record HoursBody(Boolean allDay, String regular, String bookable) {
	}

	public record SurchargesBody(Long weekendCents, Long afterHoursCents, Long emergencyCents,
			Integer emergencyNoticeMinutes) {
	}
}
