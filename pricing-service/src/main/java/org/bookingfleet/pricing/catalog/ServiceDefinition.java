package org.bookingfleet.pricing.catalog;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import org.bookingfleet.pricing.catalog.DepositRule.FixedAmount;
import org.bookingfleet.pricing.catalog.PriceModel.PerAttendee;

/**
 * A bookable service of one business with everything its price depends on. The revision
 * rises with every change of the definition, so a quote can name the revision that priced
 * it.
 */
public record ServiceDefinition(String id, String businessId, String name, String description, ServiceType type,
		Duration duration, int capacity, int maxSigners, int maxDocuments, PriceModel priceModel,
		DepositRule depositRule, Optional<ServiceArea> serviceArea, ServiceHours hours, ZoneId timeZone,
		Currency currency, String taxJurisdiction, Surcharges surcharges, Buffers buffers, Duration minimumNotice,
		int revision, boolean active) {

	public ServiceDefinition {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(businessId, "businessId");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(duration, "duration");
		Objects.requireNonNull(priceModel, "priceModel");
		Objects.requireNonNull(depositRule, "depositRule");
		Objects.requireNonNull(hours, "hours");
		Objects.requireNonNull(timeZone, "timeZone");
		Objects.requireNonNull(currency, "currency");
		Objects.requireNonNull(taxJurisdiction, "taxJurisdiction");
		Objects.requireNonNull(surcharges, "surcharges");
		Objects.requireNonNull(buffers, "buffers");
		Objects.requireNonNull(minimumNotice, "minimumNotice");
		serviceArea = serviceArea == null ? Optional.empty() : serviceArea;
		description = description == null ? "" : description;
		if (duration.isZero() || duration.isNegative() || minimumNotice.isNegative()) {
			throw new IllegalArgumentException(id + ": duration is positive and notice is not negative");
		}
		if (capacity < 1 || maxSigners < 0 || maxDocuments < 0 || revision < 1) {
			throw new IllegalArgumentException(id + ": capacity, limits or revision out of range");
		}
		if (!priceModel.unitPrice().currency().equals(currency) || !surcharges.currency().equals(currency)) {
			throw new IllegalArgumentException(id + ": every amount is in " + currency);
		}
		if (depositRule instanceof FixedAmount fixed && !fixed.amount().currency().equals(currency)) {
			throw new IllegalArgumentException(id + ": the deposit is in " + currency);
		}
		if (priceModel instanceof PerAttendee perAttendee && perAttendee.maximumAttendees() > capacity) {
			throw new IllegalArgumentException(id + ": more attendees priced than seats");
		}
	}

	public int minimumAttendees() {
		return priceModel instanceof PerAttendee perAttendee ? perAttendee.minimumAttendees() : 1;
	}

	public int maximumAttendees() {
		return priceModel instanceof PerAttendee perAttendee ? perAttendee.maximumAttendees() : capacity;
	}

	public boolean travels() {
		return serviceArea.isPresent();
	}
}
