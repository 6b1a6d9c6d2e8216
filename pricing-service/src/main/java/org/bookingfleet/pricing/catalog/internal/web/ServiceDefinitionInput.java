package org.bookingfleet.pricing.catalog.internal.web;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;
import java.util.function.Supplier;

import org.bookingfleet.platform.web.ApiException;
import org.bookingfleet.pricing.catalog.Buffers;
import org.bookingfleet.pricing.catalog.DailyWindow;
import org.bookingfleet.pricing.catalog.DepositRule;
import org.bookingfleet.pricing.catalog.PriceModel;
import org.bookingfleet.pricing.catalog.ServiceArea;
import org.bookingfleet.pricing.catalog.ServiceDefinition;
import org.bookingfleet.pricing.catalog.ServiceHours;
import org.bookingfleet.pricing.catalog.ServiceType;
import org.bookingfleet.pricing.catalog.Surcharges;
import org.bookingfleet.pricing.geo.Coordinates;
import org.bookingfleet.pricing.money.Money;
import org.bookingfleet.pricing.money.Percentage;

/**
 * Turns an admin's body into a service definition, or a 400 naming the first field that
 * is wrong.
 */
final class ServiceDefinitionInput {

	private ServiceDefinitionInput() {
	}

	static ServiceDefinition of(String id, ServiceDefinitionBody body) {
		if (body == null) {
			throw ApiException.validation("body", "a service definition is required");
		}
		Currency currency = field("currency", () -> Currency.getInstance(required("currency", body.currency())));
		ZoneId zone = field("timeZone", () -> ZoneId.of(required("timeZone", body.timeZone())));
		ServiceType type = field("type", () -> ServiceType.valueOf(required("type", body.type())));
		PriceModel price = field("price", () -> price(required("price", body.price()), currency));
		DepositRule deposit = field("deposit", () -> deposit(body.deposit(), currency));
		Optional<ServiceArea> area = field("serviceArea",
				() -> Optional.ofNullable(body.serviceArea()).map(ServiceDefinitionInput::area));
		ServiceHours hours = field("hours", () -> hours(required("hours", body.hours())));
		Surcharges surcharges = field("surcharges", () -> surcharges(body.surcharges(), currency));
		Buffers buffers = field("bufferBeforeMinutes",
				() -> Buffers.ofMinutes(orZero(body.bufferBeforeMinutes()), orZero(body.bufferAfterMinutes())));
		return field("body", () -> new ServiceDefinition(id, required("businessId", body.businessId()),
				required("name", body.name()), body.description(), type,
				Duration.ofMinutes(required("durationMinutes", body.durationMinutes())),
				body.capacity() == null ? 1 : body.capacity(), orZero(body.maxSigners()), orZero(body.maxDocuments()),
				price, deposit, area, hours, zone, currency, required("taxJurisdiction", body.taxJurisdiction()),
				surcharges, buffers, Duration.ofMinutes(orZero(body.minimumNoticeMinutes())), 1,
				body.active() == null || body.active()));
	}

	private static PriceModel price(ServiceDefinitionBody.PriceBody body, Currency currency) {
		Money amount = new Money(required("price.cents", body.cents()), currency);
		return switch (required("price.model", body.model())) {
			case "FIXED" -> new PriceModel.Fixed(amount);
			case "PER_ATTENDEE" ->
				new PriceModel.PerAttendee(amount, required("price.minAttendees", body.minAttendees()),
						required("price.maxAttendees", body.maxAttendees()));
			case "HOURLY" -> new PriceModel.Hourly(amount,
					Duration.ofMinutes(required("price.minimumMinutes", body.minimumMinutes())),
					Duration.ofMinutes(required("price.maximumMinutes", body.maximumMinutes())),
					Duration.ofMinutes(required("price.incrementMinutes", body.incrementMinutes())));
			default -> throw new IllegalArgumentException("price.model is FIXED, PER_ATTENDEE or HOURLY");
		};
	}

	private static DepositRule deposit(ServiceDefinitionBody.DepositBody body, Currency currency) {
		if (body == null || body.rule() == null || body.rule().equals("NONE")) {
			return DepositRule.none();
		}
		return switch (body.rule()) {
			case "FIXED" -> new DepositRule.FixedAmount(new Money(required("deposit.cents", body.cents()), currency));
			case "PERCENT" ->
				new DepositRule.PercentOfTotal(new Percentage(required("deposit.percent", body.percent())));
			default -> throw new IllegalArgumentException("deposit.rule is NONE, FIXED or PERCENT");
		};
	}

	private static ServiceArea area(ServiceDefinitionBody.AreaBody body) {
		return new ServiceArea(
				new Coordinates(required("serviceArea.lat", body.lat()), required("serviceArea.lng", body.lng())),
				required("serviceArea.standardRadiusMiles", body.standardRadiusMiles()),
				required("serviceArea.extendedRadiusMiles", body.extendedRadiusMiles()),
				required("serviceArea.travelFeeRateCentsPerMile", body.travelFeeRateCentsPerMile()));
	}

	private static ServiceHours hours(ServiceDefinitionBody.HoursBody body) {
		if (Boolean.TRUE.equals(body.allDay())) {
			return ServiceHours.allDay();
		}
		DailyWindow regular = window(required("hours.regular", body.regular()));
		return ServiceHours.withAfterHours(regular, body.bookable() == null ? regular : window(body.bookable()));
	}

	private static DailyWindow window(String text) {
		String[] ends = text.split("-");
		if (ends.length != 2) {
			throw new IllegalArgumentException("a window reads like 09:00-17:00");
		}
		return DailyWindow.of(ends[0].trim(), ends[1].trim());
	}

	private static Surcharges surcharges(ServiceDefinitionBody.SurchargesBody body, Currency currency) {
		if (body == null) {
			return Surcharges.none(currency);
		}
		return new Surcharges(new Money(orZero(body.weekendCents()), currency),
				new Money(orZero(body.afterHoursCents()), currency), new Money(orZero(body.emergencyCents()), currency),
				Duration.ofMinutes(orZero(body.emergencyNoticeMinutes())));
	}

	private static <T> T required(String field, T value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			throw ApiException.validation(field, field + " is required");
		}
		return value;
	}

	private static long orZero(Long value) {
		return value == null ? 0 : value;
	}

	private static int orZero(Integer value) {
		return value == null ? 0 : value;
	}

	private static <T> T field(String field, Supplier<T> parse) {
		try {
			return parse.get();
		}
		catch (ApiException named) {
			throw named;
		}
		catch (IllegalArgumentException | DateTimeException | NullPointerException invalid) {
			throw ApiException.validation(field, invalid.getMessage());
		}
	}

}
