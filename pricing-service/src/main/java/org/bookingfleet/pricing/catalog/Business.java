package org.bookingfleet.pricing.catalog;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One business on the platform and how it speaks as itself: the name customers know, the
 * legal entity that sells and invoices with its address and tax id, its logo, language,
 * time zone and currency (the defaults its services are described in), its support
 * contact, the wording of its cancellation terms and the prefix of its own invoice
 * series.
 */
public record Business(String id, String name, String legalName, BusinessAddress address, TaxId taxId,
		Optional<String> logoUrl, ZoneId timeZone, Currency currency, Locale locale, String supportEmail,
		String supportPhone, String cancellationWording, String invoicePrefix) {

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
		if (!invoicePrefix.matches("[A-Z][A-Z0-9]{1,9}")) {
			throw new IllegalArgumentException(id + ": an invoice prefix is 2 to 10 capital letters or digits");
		}
		if (logoUrl.filter(url -> !url.startsWith("https://")).isPresent()) {
			throw new IllegalArgumentException(id + ": the logo is an https URL");
		}
	}

}
