package org.bookingfleet.events.catalog;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a business speaks as itself on every message, document and calendar entry: the
 * catalog's business profile, carried on each {@link ServiceSnapshot} of its services.
 * Consumers keep their own copy (the latest revision of each service tells the latest
 * profile) and format the address for its country themselves. Any field may be null in
 * events of older producers, which sent no profile at all.
 *
 * @param businessId the catalog's id of the business, as
 * {@code ServiceSnapshot.businessId}
 * @param name the name customers know it by ("Houston Mobile Notary Pros")
 * @param legalName the name of the legal entity that sells and invoices
 * @param address where it is registered, structured, with an ISO 3166-1 alpha-2 country
 * @param taxIdLabel what its tax id is called where it is registered ("Texas sales tax
 * permit", "CUIT", "VAT number")
 * @param taxId its tax id or VAT number, as printed on its invoices
 * @param logoUrl an absolute https URL of its logo, or null
 * @param language its default language (a BCP 47 tag such as {@code es-AR})
 * @param timeZone its IANA time zone; its invoices are numbered in its calendar year
 * @param currency its ISO 4217 currency
 * @param supportEmail where customers write to it
 * @param supportPhone where customers call it (E.164)
 * @param cancellationWording the sentence its messages use for its cancellation terms, in
 * its language
 * @param invoicePrefix the prefix of its own invoice and credit note series ("HMNP" gives
 * {@code HMNP-INV-2026-00001}); capital letters and digits
 * @param cancellationWordings the same terms in each language it writes them in, keyed by
 * BCP 47 tag ({@code en}, {@code es-AR}); a message picks its customer's language and
 * falls back to {@code cancellationWording}; empty from older producers
 * @param revision the profile's revision, higher whenever the profile changes; a consumer
 * keeps a profile only over one of a lower revision; null from older producers
 */
public record BusinessProfile(String businessId, String name, String legalName, PostalAddress address,
		String taxIdLabel, String taxId, String logoUrl, String language, String timeZone, String currency,
		String supportEmail, String supportPhone, String cancellationWording, String invoicePrefix,
		Map<String, String> cancellationWordings, Long revision) {

	/** The wordings in the order of their tags, so a profile always reads the same. */
	public BusinessProfile {
		cancellationWordings = cancellationWordings == null ? Map.of()
				: Collections.unmodifiableMap(new TreeMap<>(cancellationWordings));
	}

	/** A profile as older producers sent it: its terms in one language, no revision. */
	public BusinessProfile(String businessId, String name, String legalName, PostalAddress address, String taxIdLabel,
			String taxId, String logoUrl, String language, String timeZone, String currency, String supportEmail,
			String supportPhone, String cancellationWording, String invoicePrefix) {
		this(businessId, name, legalName, address, taxIdLabel, taxId, logoUrl, language, timeZone, currency,
				supportEmail, supportPhone, cancellationWording, invoicePrefix, Map.of(), null);
	}

	/**
	 * A postal address as its parts; how the parts are laid out depends on the country.
	 *
	 * @param streetLines the street, number, floor or unit, one line each
	 * @param locality the city or town
	 * @param region the state, province or county (US "TX", AR "CABA"), or null
	 * @param postalCode the ZIP code, código postal or postcode
	 * @param country the ISO 3166-1 alpha-2 code ("US", "AR", "GB")
	 */
	public record PostalAddress(List<String> streetLines, String locality, String region, String postalCode,
			String country) {

		public PostalAddress {
			streetLines = streetLines == null ? List.of() : List.copyOf(streetLines);
		}

	}

}
