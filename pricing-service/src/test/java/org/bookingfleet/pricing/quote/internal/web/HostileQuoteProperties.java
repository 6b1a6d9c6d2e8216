package org.bookingfleet.pricing.quote.internal.web;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bookingfleet.testsupport.HostileJson;

/**
 * Whatever JSON arrives, a quote request is read or refused as the client's error, never
 * a 500.
 */
class HostileQuoteProperties {

	@Property(tries = 400)
	void aQuoteRequestIsReadOrRefusedAsTheClientsError(@ForAll("quotes") String body) {
		HostileJson.bindAndCheck(body, QuoteRequestBody.class, QuoteInput::of);
	}

	@Provide
	Arbitrary<String> quotes() {
		return HostileJson.bodies(QuoteRequestBody.class);
	}

}
