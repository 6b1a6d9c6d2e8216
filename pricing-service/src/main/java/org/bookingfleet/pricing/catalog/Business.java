package org.bookingfleet.pricing.catalog;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One business on the platform and how it speaks as itself: the name customers know, the
 * legal entity that sells and invoices with its address and tax id, its logo, language,
 * time zone and currency (the defaults its services are described in), its support
 * contact, the wording of its cancellation terms (in its language, and in each language
 * it writes them in, keyed by BCP 47 tag) and the prefix of its own invoice series. The
 * revision goes up whenever the profile changes, so the services that keep a copy keep
 * the newest.
 */
public record Business(String id, String name, String legalName, BusinessAddress address, TaxId taxId,
		Optional<String> logoUrl, ZoneId timeZone, Currency currency, Locale locale, String supportEmail,
		String supportPhone, String cancellationWording, String invoicePrefix, Map<String, String> cancellationWordings,
		int revision) {

	public Business {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(legalName, "legalName");
		Objects.requireNonNull(address, "address");
		Objects.requireNonNull(taxId, "taxId");
		Objects.requireNonNull(timeZone, "timeZone");
		Objects.requireNonNull(currency, "currency");
		Objects.requireNonNull(locale, "locale");
		Objects.requireNonNull(supportEmail, "supportEmail");
		Objects.requireNonNull(cancellationWording, "cancellationWording");
		Objects.requireNonNull(invoicePrefix, "invoicePrefix");
		logoUrl = logoUrl == null ? Optional.empty() : logoUrl;
		cancellationWordings = cancellationWordings == null ? Map.of() : Map.copyOf(cancellationWordings);
		if (revision < 1) {
			throw new IllegalArgumentException(id + ": revisions start at 1");
		}
		if (!invoicePrefix.matches("[A-Z][A-Z0-9]{1,9}")) {
			throw new IllegalArgumentException(id + ": an invoice prefix is 2 to 10 capital letters or digits");
		}
		if (logoUrl.filter(url -> !url.startsWith("https://")).isPresent()) {
			throw new IllegalArgumentException(id + ": the logo is an https URL");
		}
	}

}
