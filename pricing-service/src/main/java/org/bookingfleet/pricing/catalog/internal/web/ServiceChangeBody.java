package org.bookingfleet.pricing.catalog.internal.web;

/**
 * What an admin changes of a service from the catalog's editor; a field left out stays as
 * it is. {@code basePriceCents} is the unit price of the service's price model, in minor
 * units of the service's currency; {@code deposit} as in a full definition.
 */
public record ServiceChangeBody(String name, String description, Integer durationMinutes, Long basePriceCents,
		ServiceDefinitionBody.DepositBody deposit, Boolean active) {
}
