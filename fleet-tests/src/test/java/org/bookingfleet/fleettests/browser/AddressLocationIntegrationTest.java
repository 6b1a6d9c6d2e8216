package org.bookingfleet.fleettests.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.bookingfleet.fleettests.api.Storefront;
import org.bookingfleet.fleettests.fleet.WithFleet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The address step of the mobile notary in headless Chromium: the customer's shared
 * location prices the trip from where they are, and a postal code nobody can place is
 * marked on its field.
 */
@WithFleet
class AddressLocationIntegrationTest {

	private static final String NOTARY = "houston-mobile-notary";

	private static final String STANDARD = "hmnp-standard-notary";

	private static final String ZONE = "America/Chicago";

	/**
	 * Twenty miles north of the notary's centre (29.7604, -95.3698): five miles beyond
	 * its fifteen, 50c a mile.
	 */
	private static final double NORTH_LAT = 29.7604 + 20 / 69.09;

	private static final double NORTH_LNG = -95.3698;

	@Test
	void sharedLocationPricesTheTripFromWhereTheCustomerIs() {
		long notary = Storefront.openProvider(STANDARD, ZONE, "09:00", "17:00");
		Instant start = Storefront.firstSlot(STANDARD, notary, ZONE, 3);
		try (Chromium chromium = Chromium.start()) {
			chromium.recording("address-shared-location", () -> {
				chromium.driver()
					.executeCdpCommand("Browser.grantPermissions",
							Map.of("origin", "http://localhost:8080", "permissions", List.of("geolocation")));
				chromium.driver()
					.executeCdpCommand("Emulation.setGeolocationOverride",
							Map.of("latitude", NORTH_LAT, "longitude", NORTH_LNG, "accuracy", 20));
				BookingPage page = holdNotary(chromium, start);
				address(page, "77002");
				page.element("use-location").click();
				new WebDriverWait(chromium.driver(), java.time.Duration.ofSeconds(20))
					.until(driver -> driver.findElement(By.id("forget-location")).isDisplayed());
				page.details("Grace Customer", Storefront.newEmail("location"), "(713) 555-0101");

				// 77002 alone would be inside the standard radius; from where the
				// customer is: 5.00 mi x 50c
				assertThat(page.breakdown()).contains("Travel, 5.00 mi beyond 15 mi").contains("2.50");
			});
		}
	}

	@Test
	void postalCodeNobodyCanPlaceIsMarkedOnItsField() {
		long notary = Storefront.openProvider(STANDARD, ZONE, "09:00", "17:00");
		Instant start = Storefront.firstSlot(STANDARD, notary, ZONE, 4);
		try (Chromium chromium = Chromium.start()) {
			chromium.recording("address-unresolvable", () -> {
				BookingPage page = holdNotary(chromium, start);
				address(page, "99999");
				page.element("name").sendKeys("Grace Customer");
				page.element("email").sendKeys(Storefront.newEmail("unplaced"));
				page.element("phone").sendKeys("(713) 555-0101");
				page.element("to-review").click();
				new WebDriverWait(chromium.driver(), java.time.Duration.ofSeconds(20)).until(
						driver -> "true".equals(driver.findElement(By.id("postal")).getDomAttribute("aria-invalid")));

				assertThat(page.text("message")).containsIgnoringCase("postal code");
				assertThat(page.element("step-review").isDisplayed()).isFalse();
			});
		}
	}

	private static BookingPage holdNotary(Chromium chromium, Instant start) {
		return new BookingPage(chromium).open()
			.chooseService(NOTARY, STANDARD)
			.chooseDay(LocalDate.ofInstant(start, ZoneId.of(ZONE)))
			.pickAndHold(BookingPage.label(start, ZONE));
	}

	private static void address(BookingPage page, String zip) {
		page.element("line1").sendKeys("1 Main St");
		page.element("city").sendKeys("Houston");
		page.element("state").sendKeys("TX");
		page.element("postal").sendKeys(zip);
		page.element("country").sendKeys("US");
	}

}
