package org.bookingfleet.pricing.catalog.internal.store;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.r2dbc.spi.Readable;
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

/** Maps a service definition to the columns of {@code service_definition} and back. */
final class ServiceRows {

	static final String COLUMNS = "id, business_id, name, description, type, duration_minutes, capacity, max_signers, "
			+ "max_documents, price_model, price_cents, min_attendees, max_attendees, hourly_minimum_minutes, "
			+ "hourly_maximum_minutes, hourly_increment_minutes, deposit_rule, deposit_cents, deposit_percent, "
			+ "area_latitude, area_longitude, standard_radius_miles, extended_radius_miles, travel_fee_cents_per_mile, "
			+ "open_all_day, regular_opens, regular_closes, bookable_opens, bookable_closes, time_zone, currency, "
			+ "tax_jurisdiction, weekend_surcharge_cents, after_hours_fee_cents, emergency_fee_cents, "
			+ "emergency_notice_minutes, buffer_before_minutes, buffer_after_minutes, minimum_notice_minutes, revision, "
			+ "active";

	private ServiceRows() {
	}

	static ServiceDefinition read(Readable row) {
		Currency currency = Currency.getInstance(row.get("currency", String.class).trim());
		return new ServiceDefinition(row.get("id", String.class), row.get("business_id", String.class),
				row.get("name", String.class), row.get("description", String.class),
				ServiceType.valueOf(row.get("type", String.class)),
				Duration.ofMinutes(row.get("duration_minutes", Integer.class)), row.get("capacity", Integer.class),
				row.get("max_signers", Integer.class), row.get("max_documents", Integer.class),
				priceModel(row, currency), depositRule(row, currency), serviceArea(row), hours(row),
				ZoneId.of(row.get("time_zone", String.class)), currency, row.get("tax_jurisdiction", String.class),
				new Surcharges(money(row, "weekend_surcharge_cents", currency),
						money(row, "after_hours_fee_cents", currency), money(row, "emergency_fee_cents", currency),
						Duration.ofMinutes(row.get("emergency_notice_minutes", Integer.class))),
				Buffers.ofMinutes(row.get("buffer_before_minutes", Integer.class),
						row.get("buffer_after_minutes", Integer.class)),
				Duration.ofMinutes(row.get("minimum_notice_minutes", Integer.class)),
				row.get("revision", Integer.class), row.get("active", Boolean.class));
	}

	/** Column values by name, nulls included, in the order of {@link #COLUMNS}. */
	static Map<String, Object> columns(ServiceDefinition service) {
		Map<String, Object> columns = new LinkedHashMap<>();
		columns.put("id", service.id());
		columns.put("business_id", service.businessId());
		columns.put("name", service.name());
		columns.put("description", service.description());
		columns.put("type", service.type().name());
		columns.put("duration_minutes", (int) service.duration().toMinutes());
		columns.put("capacity", service.capacity());
		columns.put("max_signers", service.maxSigners());
		columns.put("max_documents", service.maxDocuments());
		PriceModel model = service.priceModel();
		columns.put("price_model", model instanceof PriceModel.PerAttendee ? "PER_ATTENDEE"
				: model instanceof PriceModel.Hourly ? "HOURLY" : "FIXED");
		columns.put("price_cents", model.unitPrice().cents());
		PriceModel.PerAttendee perAttendee = model instanceof PriceModel.PerAttendee p ? p : null;
		columns.put("min_attendees", perAttendee == null ? null : perAttendee.minimumAttendees());
		columns.put("max_attendees", perAttendee == null ? null : perAttendee.maximumAttendees());
		PriceModel.Hourly hourly = model instanceof PriceModel.Hourly h ? h : null;
		columns.put("hourly_minimum_minutes", hourly == null ? null : (int) hourly.minimum().toMinutes());
		columns.put("hourly_maximum_minutes", hourly == null ? null : (int) hourly.maximum().toMinutes());
		columns.put("hourly_increment_minutes", hourly == null ? null : (int) hourly.increment().toMinutes());
		DepositRule deposit = service.depositRule();
		columns.put("deposit_rule", deposit instanceof DepositRule.FixedAmount ? "FIXED"
				: deposit instanceof DepositRule.PercentOfTotal ? "PERCENT" : "NONE");
		columns.put("deposit_cents", deposit instanceof DepositRule.FixedAmount fixed ? fixed.amount().cents() : null);
		columns.put("deposit_percent",
				deposit instanceof DepositRule.PercentOfTotal percent ? percent.share().value() : null);
		Optional<ServiceArea> area = service.serviceArea();
		columns.put("area_latitude", area.map(a -> a.centre().latitude()).orElse(null));
		columns.put("area_longitude", area.map(a -> a.centre().longitude()).orElse(null));
		columns.put("standard_radius_miles", area.map(ServiceArea::standardRadiusMiles).orElse(null));
		columns.put("extended_radius_miles", area.map(ServiceArea::extendedRadiusMiles).orElse(null));
		columns.put("travel_fee_cents_per_mile", area.map(ServiceArea::travelFeeCentsPerMile).orElse(null));
		ServiceHours.Windows windows = service.hours() instanceof ServiceHours.Windows w ? w : null;
		columns.put("open_all_day", windows == null);
		columns.put("regular_opens", windows == null ? null : windows.regular().opens());
		columns.put("regular_closes", windows == null ? null : windows.regular().closes());
		columns.put("bookable_opens", windows == null ? null : windows.bookable().opens());
		columns.put("bookable_closes", windows == null ? null : windows.bookable().closes());
		columns.put("time_zone", service.timeZone().getId());
		columns.put("currency", service.currency().getCurrencyCode());
		columns.put("tax_jurisdiction", service.taxJurisdiction());
		columns.put("weekend_surcharge_cents", service.surcharges().weekend().cents());
		columns.put("after_hours_fee_cents", service.surcharges().afterHours().cents());
		columns.put("emergency_fee_cents", service.surcharges().emergency().cents());
		columns.put("emergency_notice_minutes", (int) service.surcharges().emergencyNotice().toMinutes());
		columns.put("buffer_before_minutes", (int) service.buffers().before().toMinutes());
		columns.put("buffer_after_minutes", (int) service.buffers().after().toMinutes());
		columns.put("minimum_notice_minutes", (int) service.minimumNotice().toMinutes());
		columns.put("revision", service.revision());
		columns.put("active", service.active());
		return columns;
	}

	static Class<?> columnType(String column) {
		return switch (column) {
			case "price_cents", "deposit_cents", "travel_fee_cents_per_mile", "weekend_surcharge_cents",
					"after_hours_fee_cents", "emergency_fee_cents" ->
				Long.class;
			case "deposit_percent" -> BigDecimal.class;
			case "area_latitude", "area_longitude" -> Double.class;
			case "regular_opens", "regular_closes", "bookable_opens", "bookable_closes" -> LocalTime.class;
			case "open_all_day", "active" -> Boolean.class;
			case "id", "business_id", "name", "description", "type", "price_model", "deposit_rule", "time_zone",
					"currency", "tax_jurisdiction" ->
				String.class;
			default -> Integer.class;
		};
	}

	private static PriceModel priceModel(Readable row, Currency currency) {
		Money price = money(row, "price_cents", currency);
		return switch (row.get("price_model", String.class)) {
			case "PER_ATTENDEE" -> new PriceModel.PerAttendee(price, row.get("min_attendees", Integer.class),
					row.get("max_attendees", Integer.class));
			case "HOURLY" ->
				new PriceModel.Hourly(price, Duration.ofMinutes(row.get("hourly_minimum_minutes", Integer.class)),
						Duration.ofMinutes(row.get("hourly_maximum_minutes", Integer.class)),
						Duration.ofMinutes(row.get("hourly_increment_minutes", Integer.class)));
			default -> new PriceModel.Fixed(price);
		};
	}

	private static DepositRule depositRule(Readable row, Currency currency) {
		return switch (row.get("deposit_rule", String.class)) {
			case "FIXED" -> new DepositRule.FixedAmount(money(row, "deposit_cents", currency));
			case "PERCENT" ->
				new DepositRule.PercentOfTotal(new Percentage(row.get("deposit_percent", BigDecimal.class)));
			default -> DepositRule.none();
		};
	}

	private static Optional<ServiceArea> serviceArea(Readable row) {
		Double latitude = row.get("area_latitude", Double.class);
		if (latitude == null) {
			return Optional.empty();
		}
		return Optional.of(new ServiceArea(new Coordinates(latitude, row.get("area_longitude", Double.class)),
				row.get("standard_radius_miles", Integer.class), row.get("extended_radius_miles", Integer.class),
				row.get("travel_fee_cents_per_mile", Long.class)));
	}

	private static ServiceHours hours(Readable row) {
		if (Boolean.TRUE.equals(row.get("open_all_day", Boolean.class))) {
			return ServiceHours.allDay();
		}
		return ServiceHours.withAfterHours(
				new DailyWindow(row.get("regular_opens", LocalTime.class), row.get("regular_closes", LocalTime.class)),
				new DailyWindow(row.get("bookable_opens", LocalTime.class),
						row.get("bookable_closes", LocalTime.class)));
	}

	private static Money money(Readable row, String column, Currency currency) {
		return new Money(row.get(column, Long.class), currency);
	}

}
