package org.bookingfleet.payment.billing.internal.store;

import org.bookingfleet.events.catalog.BusinessProfile;

/**
 * A catalog service as the payment service keeps it: its name and type, its time zone,
 * its tax (null when untaxed or not told), and the profile of the business that sells it
 * (null until the catalog told one).
 */
public record SellingBusiness(String serviceId, String businessId, String serviceName, String serviceType,
		String timeZone, String taxName, String taxRatePercent, BusinessProfile profile) {

	/** The tax as invoices name it: "Texas sales tax 8.25%", or null. */
	public String taxLabel() {
		return taxName == null || taxRatePercent == null ? null : taxName + " " + taxRatePercent + "%";
	}

}
