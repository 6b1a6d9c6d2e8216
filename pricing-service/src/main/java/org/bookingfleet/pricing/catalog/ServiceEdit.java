package org.bookingfleet.pricing.catalog;

import java.time.Duration;
import java.util.Optional;
import org.bookingfleet.pricing.money.Money;

/**
 * What an admin changes of a service from the catalog's editor; each part left empty
 * stays as it is. The unit price keeps its model (a fixed price, a price per attendee, an
 * hourly rate); everything else of the service is kept.
 */
public record ServiceEdit(Optional<String> name, Optional<String> description, Optional<Duration> duration,
		Optional<Long> unitPriceCents, Optional<DepositRule> deposit, Optional<Boolean> active) {

	public ServiceEdit {
		name = name == null ? Optional.empty() : name.map(String::trim);
		description = description == null ? Optional.empty() : description.map(String::trim);
		duration = duration == null ? Optional.empty() : duration;
		unitPriceCents = unitPriceCents == null ? Optional.empty() : unitPriceCents;
		deposit = deposit == null ? Optional.empty() : deposit;
		active = active == null ? Optional.empty() : active;
	}

	/**
	 * The service as changed, at its next revision; an edit that breaks one of the
	 * service's rules throws {@link IllegalArgumentException}.
	 */
	public ServiceDefinition applyTo(ServiceDefinition service) {
		if (name.filter(String::isEmpty).isPresent()) {
			throw new IllegalArgumentException("a service has a name");
		}
		PriceModel price = unitPriceCents
			.map(cents -> priced(service.priceModel(), new Money(cents, service.currency())))
			.orElse(service.priceModel());
		return new ServiceDefinition(service.id(), service.businessId(), name.orElse(service.name()),
				description.orElse(service.description()), service.type(), duration.orElse(service.duration()),
				service.capacity(), service.maxSigners(), service.maxDocuments(), price,
				deposit.orElse(service.depositRule()), service.serviceArea(), service.hours(), service.timeZone(),
				service.currency(), service.taxJurisdiction(), service.surcharges(), service.buffers(),
				service.minimumNotice(), service.revision() + 1, active.orElse(service.active()));
	}

	private static PriceModel priced(PriceModel model, Money unitPrice) {
		if (model instanceof PriceModel.PerAttendee perAttendee) {
			return new PriceModel.PerAttendee(unitPrice, perAttendee.minimumAttendees(),
					perAttendee.maximumAttendees());
		}
		if (model instanceof PriceModel.Hourly hourly) {
			return new PriceModel.Hourly(unitPrice, hourly.minimum(), hourly.maximum(), hourly.increment());
		}
		return new PriceModel.Fixed(unitPrice);
	}

}
