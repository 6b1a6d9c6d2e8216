package org.bookingfleet.payment.billing.internal.web;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bookingfleet.testsupport.HostileJson;

/**
 * Whatever JSON an admin's client sends, a refund is asked for or refused as the client's
 * error, never a 500.
 */
class HostileRefundProperties {

	@Property(tries = 300)
	void aRefundBodyIsReadOrRefusedAsTheClientsError(@ForAll("refunds") String body) {
		HostileJson.bindAndCheck(body, RefundController.RefundBody.class, refund -> refund.toRequest("admin-key"));
	}

	@Provide
	Arbitrary<String> refunds() {
		return HostileJson.bodies(RefundController.RefundBody.class);
	}

}
