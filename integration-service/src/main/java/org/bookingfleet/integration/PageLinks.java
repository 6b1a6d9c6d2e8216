package org.bookingfleet.integration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the links of messages point: the public address of the booking page and the API
 * behind it ({@code INTEGRATION_BOOKING_PAGE_URL}).
 */
@ConfigurationProperties("integration.links")
public record PageLinks(String pageUrl) {

	public PageLinks {
		pageUrl = pageUrl == null || pageUrl.isBlank() ? "http://localhost:8080" : pageUrl.replaceAll("/+$", "");
	}

	/** The PDF of an invoice or credit note of the payment service. */
	public String document(String number) {
		return pageUrl + "/api/v2/invoices/" + number + ".pdf";
	}

}
