package org.bookingfleet.payment.billing.internal.store;

import java.time.ZoneId;
import java.util.List;

import org.bookingfleet.payment.billing.invoice.Party;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The business that issues the invoices, and the time zone whose calendar year numbers
 * them.
 */
@ConfigurationProperties("payment.seller")
public record Seller(String name, String email, List<String> addressLines, String taxId, ZoneId zone) {

	public Seller {
		name = name == null ? "Booking Fleet" : name;
		zone = zone == null ? ZoneId.of("UTC") : zone;
	}

	public Party party() {
		return new Party(name, email, addressLines, taxId);
	}

}
