package org.bookingfleet.fleettests.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bookingfleet.fleettests.api.Caller;
import org.bookingfleet.fleettests.api.Storefront;
import org.bookingfleet.fleettests.fleet.WithFleet;
import org.bookingfleet.fleettests.invariants.FleetInvariants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Booking through the month view: a day marked free, a named provider, times on the
 * business's clock.
 */
@WithFleet
class MonthViewBookingIntegrationTest {

	private static final String BARBERS = "barberia-palermo";

	private static final String BARBER_ZONE = "America/Argentina/Buenos_Aires";

	@Test
	void aCustomerChoosesADayInTheMonthViewAndANamedBarberAndTheBookingHasTheTimeShown() {
		String service = "barber-afeitado";
		long barber = Storefront.openProvider(service, BARBER_ZONE, "10:00", "17:00");
		long otherBarber = Storefront.openProvider(service, BARBER_ZONE, "10:00", "17:00");
		Instant start = Storefront.firstSlot(service, barber, BARBER_ZONE, 3);
		LocalDate day = start.atZone(ZoneId.of(BARBER_ZONE)).toLocalDate();
		String label = BookingPage.label(start, BARBER_ZONE);
		String email = Storefront.newEmail("month");

		String manageLink;
		try (Chromium chromium = Chromium.start()) {
			BookingPage page = new BookingPage(chromium);
			MonthView month = new MonthView(chromium);
			chromium.recording("month-view-booking", () -> {
				page.open().chooseService(BARBERS, service);
				assertThat(month.zoneNote()).contains(BARBER_ZONE);
				month.chooseProvider(barber).showMonthOf(day).awaitFreeDay(day);
				assertThat(month.dayButton(day).getDomAttribute("aria-label")).contains("free");
				month.chooseByKeyboard(day);
				page.awaitTime(label);
				chromium.screenshot("month-view-day-chosen");
				if (month.zoneSwitchShown()) {
					String mine = month.browserZone();
					month.switchZone();
					assertThat(month.zoneNote()).contains(mine);
					month.switchZone();
					assertThat(month.zoneNote()).contains(BARBER_ZONE);
					month.awaitFreeDay(day).chooseByKeyboard(day);
				}
				// typed as a neighbour of Palermo would: read as the Argentine mobile +54
				// 9 11 5555-0101
				page.pickAndHold(label).details("Lucía Fernández", email, "011 15-5555-0101");
				page.book();
				page.pay("4242 4242 4242 4242", "12/34", "123");
				assertThat(page.confirmed())
					.as("the confirmation is shown; the page says: %s", page.text("pay-message"))
					.isTrue();
			});
			manageLink = page.manageLink();
		}
		Matcher link = Pattern.compile("#booking=([^&]+)&token=([^&]+)").matcher(manageLink);
		assertThat(link.find()).as(manageLink).isTrue();
		JsonNode booking = Storefront.booking(link.group(1), Caller.guest(link.group(2)));
		assertThat(Instant.parse(booking.path("scheduledDateTime").asString())).isEqualTo(start);
		assertThat(booking.path("providerId").asLong()).isEqualTo(barber).isNotEqualTo(otherBarber);
		assertThat(booking.path("customerPhone").asString()).isEqualTo("+5491155550101");
		FleetInvariants.hold();
	}

}
