package org.bookingfleet.pricing.catalog.internal.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.Optional;

import org.bookingfleet.platform.web.ApiException;
import org.bookingfleet.pricing.catalog.DepositRule;
import org.bookingfleet.pricing.catalog.ServiceDefinition;
import org.bookingfleet.pricing.catalog.ServiceEdit;
import org.bookingfleet.pricing.money.Money;
import org.bookingfleet.pricing.money.Percentage;

/**
 * Turns an admin's change of a service into an edit, or a 400 naming the first field that
 * is wrong.
 */
final class ServiceChangeInput {

	/** The longest appointment the editor sets: a day. */
	private static final int LONGEST_MINUTES = 24 * 60;

	private ServiceChangeInput() {
	}

	static ServiceEdit of(ServiceChangeBody body) {
		if (body == null) {
			throw ApiException.validation("body", "a change of the service is required");
		}
		if (body.name() != null && (body.name().isBlank() || body.name().length() > 120)) {
			throw ApiException.validation("name", "a name has 1 to 120 characters");
		}
		if (body.description() != null && body.description().length() > 2_000) {
			throw ApiException.validation("description", "a description has at most 2000 characters");
		}
		if (body.durationMinutes() != null
				&& (body.durationMinutes() < 1 || body.durationMinutes() > LONGEST_MINUTES)) {
			throw ApiException.validation("durationMinutes", "a duration lasts 1 to " + LONGEST_MINUTES + " minutes");
		}
		if (body.basePriceCents() != null && body.basePriceCents() < 0) {
			throw ApiException.validation("basePriceCents", "a price is never negative");
		}
		return new ServiceEdit(Optional.ofNullable(body.name()), Optional.ofNullable(body.description()),
				Optional.ofNullable(body.durationMinutes()).map(Duration::ofMinutes),
				Optional.ofNullable(body.basePriceCents()), Optional.empty(), Optional.ofNullable(body.active()));
	}

	/**
	 * The edit applied to the service as stored: the deposit is read in the service's
	 * currency, and a change that breaks a rule of the service is a 400.
	 */
	static ServiceDefinition applied(ServiceChangeBody body, ServiceEdit edit, ServiceDefinition current) {
		ServiceEdit withDeposit = body.deposit() == null ? edit
				: new ServiceEdit(edit.name(), edit.description(), edit.duration(), edit.unitPriceCents(),
						Optional.of(deposit(body.deposit(), current.currency())), edit.active());
		try {
			return withDeposit.applyTo(current);
		}
		catch (IllegalArgumentException invalid) {
			throw ApiException.validation("body", invalid.getMessage());
		}
	}

	private static DepositRule deposit(ServiceDefinitionBody.DepositBody body, Currency currency) {
		String rule = body.rule() == null ? "NONE" : body.rule();
		try {
			return switch (rule) {
				case "NONE" -> DepositRule.none();
				case "FIXED" ->
					new DepositRule.FixedAmount(new Money(required("deposit.cents", body.cents()), currency));
				case "PERCENT" -> new DepositRule.PercentOfTotal(
						new Percentage(percent(required("deposit.percent", body.percent()))));
				default -> throw ApiException.validation("deposit.rule", "deposit.rule is NONE, FIXED or PERCENT");
			};
		}
		catch (IllegalArgumentException invalid) {
			throw ApiException.validation("deposit", invalid.getMessage());
		}
	}

	private static BigDecimal percent(BigDecimal value) {
		if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw ApiException.validation("deposit.percent", "a deposit is more than 0 and at most 100 percent");
		}
		return value;
	}

	private static <T> T required(String field, T value) {
		if (value == null) {
			throw ApiException.validation(field, field + " is required");
		}
		return value;
	}

}
