package org.bookingfleet.pricing.catalog.internal.web;

import java.math.BigDecimal;

import org.bookingfleet.pricing.catalog.DepositRule;
import org.bookingfleet.pricing.catalog.PriceModel;
import org.bookingfleet.pricing.catalog.ServiceDefinition;
import org.bookingfleet.pricing.catalog.ServiceHours;

/**
 * A catalog service as API.md shows it. {@code basePriceCents} is the unit price of its
 * price model (the price, the price per attendee, or the hourly rate);
 * {@code depositCents} is null when the deposit is a share of the total; {@code active}
 * is false only in the admin's list of the whole catalog.
 */
public record ServiceView(String id, String businessId, String name, String type, String description, String priceModel,
		long basePriceCents, String currency, int durationMinutes, int capacity, int minAttendees, int maxAttendees,
		boolean depositRequired, Long depositCents, BigDecimal depositPercent, int maxSigners, int maxDocuments,
		AreaView serviceArea, HoursView hours, String timeZone, int revision, Integer minDurationMinutes,
		Integer maxDurationMinutes, Integer durationStepMinutes, boolean active) {

	public record AreaView(Point center, int standardRadiusMiles, int extendedRadiusMiles,
			long travelFeeRateCentsPerMile) {
	}

	public record Point(double lat, double lng) {
	}

	/**
	 * Start times: at the plain price inside {@code regular}, with the after-hours fee
	 * inside {@code bookable}.
	 */
	public record HoursView(boolean allDay, String regular, String bookable) {
	}

	/**
	 * For an hourly service, the lengths a customer may choose (shortest, longest, step);
	 * null for any other.
	 */
	private static Integer lengths(PriceModel model,
			java.util.function.Function<PriceModel.Hourly, java.time.Duration> bound) {
		return model instanceof PriceModel.Hourly hourly ? (int) bound.apply(hourly).toMinutes() : null;
	}

	static ServiceView of(ServiceDefinition service) {
		PriceModel model = service.priceModel();
		String priceModel = model instanceof PriceModel.PerAttendee ? "PER_ATTENDEE"
				: model instanceof PriceModel.Hourly ? "HOURLY" : "FIXED";
		DepositRule deposit = service.depositRule();
		Long depositCents = deposit instanceof DepositRule.FixedAmount fixed ? fixed.amount().cents()
				: deposit instanceof DepositRule.NoDeposit ? 0L : null;
		BigDecimal depositPercent = deposit instanceof DepositRule.PercentOfTotal percent ? percent.share().value()
				: null;
		AreaView area = service.serviceArea()
			.map(a -> new AreaView(new Point(a.centre().latitude(), a.centre().longitude()), a.standardRadiusMiles(),
					a.extendedRadiusMiles(), a.travelFeeCentsPerMile()))
			.orElse(null);
		HoursView hours = service.hours() instanceof ServiceHours.Windows windows
				? new HoursView(false, windows.regular().toString(), windows.bookable().toString())
				: new HoursView(true, "00:00-24:00", "00:00-24:00");
		return new ServiceView(service.id(), service.businessId(), service.name(), service.type().name(),
				service.description(), priceModel, model.unitPrice().cents(), service.currency().getCurrencyCode(),
				(int) service.duration().toMinutes(), service.capacity(), service.minimumAttendees(),
				service.maximumAttendees(), !(deposit instanceof DepositRule.NoDeposit), depositCents, depositPercent,
				service.maxSigners(), service.maxDocuments(), area, hours, service.timeZone().getId(),
				service.revision(), lengths(model, PriceModel.Hourly::minimum),
				lengths(model, PriceModel.Hourly::maximum), lengths(model, PriceModel.Hourly::increment),
				service.active());
	}
}
