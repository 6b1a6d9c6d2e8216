package org.bookingfleet.pricing.catalog.internal.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bookingfleet.pricing.catalog.Business;

/**
 * A business's public profile: who sells, from where, under which tax id, and how
 * customers reach it. {@code address.country} is ISO 3166-1 alpha-2; {@code language} a
 * BCP 47 tag; {@code invoicePrefix} starts the numbers of its invoices
 * ({@code HMNP-INV-2026-00001}); {@code cancellationWordings} the cancellation terms in
 * each language the business writes them in, keyed by BCP 47 tag
 * ({@code cancellationWording} is in its own language); {@code revision} goes up whenever
 * the profile changes.
 */
public record BusinessView(String id, String name, String legalName, AddressView address, TaxIdView taxId,
		String logoUrl, String language, String timeZone, String currency, SupportView support,
		String cancellationWording, String invoicePrefix, Map<String, String> cancellationWordings, int revision) {

	public record AddressView(List<String> streetLines, String locality, String region, String postalCode,
			String country) {
	}

	public record TaxIdView(String label, String number) {
	}

	public record SupportView(String email, String phone) {
	}

	static BusinessView of(Business business) {
		return new BusinessView(business.id(), business.name(), business.legalName(),
				new AddressView(business.address().streetLines(), business.address().locality(),
						business.address().region(), business.address().postalCode(), business.address().country()),
				new TaxIdView(business.taxId().label(), business.taxId().number()), business.logoUrl().orElse(null),
				business.locale().toLanguageTag(), business.timeZone().getId(), business.currency().getCurrencyCode(),
				new SupportView(business.supportEmail(), business.supportPhone()), business.cancellationWording(),
				business.invoicePrefix(), new TreeMap<>(business.cancellationWordings()), business.revision());
	}

}
