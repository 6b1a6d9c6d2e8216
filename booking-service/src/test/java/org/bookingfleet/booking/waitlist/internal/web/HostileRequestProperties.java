package org.bookingfleet.booking.waitlist.internal.web;

import java.time.Instant;
import java.time.ZoneId;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bookingfleet.booking.catalog.CatalogService;
import org.bookingfleet.booking.request.BookingRequest;
import org.bookingfleet.booking.request.BookingRequestRules;
import org.bookingfleet.booking.request.ServiceTerms;
import org.bookingfleet.testsupport.HostileJson;

/**
 * Whatever JSON arrives, the booking service's request checks answer with the client's
 * error, never a 500.
 */
class HostileRequestProperties {

	private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

	private static final CatalogService ONE_SEAT = new CatalogService("svc", "Notary", "MOBILE", 60, 1,
			ZoneId.of("America/Chicago"), "USD", true);

	@Property(tries = 400)
	void aWaitlistJoinIsCheckedOrRefusedAsTheClientsError(@ForAll("joins") String body) {
		HostileJson.bindAndCheck(body, WaitlistController.Join.class, join -> {
			WaitlistController.validate(join, NOW);
			WaitlistController.preferences(join);
			WaitlistController.seatsFit(join.seats() == null ? 1 : join.seats(), ONE_SEAT);
		});
	}

	@Property(tries = 400)
	void aBookingRequestIsCheckedOrRefusedAsTheClientsError(@ForAll("bookings") String body) {
		HostileJson.bindAndCheck(body, BookingRequest.class,
				request -> BookingRequestRules.check(request, new ServiceTerms(3, ZoneId.of("America/Chicago")), NOW));
	}

	@Provide
	Arbitrary<String> joins() {
		return HostileJson.bodies(WaitlistController.Join.class);
	}

	@Provide
	Arbitrary<String> bookings() {
		return HostileJson.bodies(BookingRequest.class);
	}

}
