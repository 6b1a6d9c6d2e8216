package org.bookingfleet.fleettests.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bookingfleet.fleettests.api.Storefront.COURSE;
import static org.bookingfleet.fleettests.api.Storefront.COURSE_ZONE;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.bookingfleet.fleettests.api.Storefront;
import org.bookingfleet.fleettests.api.Storefront.Booked;
import org.bookingfleet.fleettests.fleet.WithFleet;
import org.bookingfleet.fleettests.invariants.FleetInvariants;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The manage link of a course booked for two, in headless Chromium: the guest adds a
 * third person.
 */
@WithFleet
class ManagePagePartyIntegrationTest {

	@Test
	void aGuestAddsAPersonFromTheManageLinkAndTheBookingTakesTheirSeatAndPrice() {
		long trainer = Storefront.openProvider(COURSE, COURSE_ZONE);
		Storefront.payAtAppointment(trainer);
		Instant start = Storefront.firstSlot(COURSE, trainer, COURSE_ZONE, 9);
		String email = Storefront.newEmail("manage-party");
		Booked booked = Storefront.bookSlot(COURSE, trainer, start, 2, email);
		Storefront.awaitStatus(booked.id(), booked.guest(), "CONFIRMED");
		long priceOfThree = Storefront.quote(COURSE, start, 3).path("finalPriceCents").asLong();

		try (Chromium chromium = Chromium.start()) {
			chromium.recording("manage-page-party-grows", () -> {
				chromium.driver()
					.get("http://localhost:8080/manage.html#booking=" + booked.id() + "&token=" + booked.accessToken());
				WebDriverWait wait = new WebDriverWait(chromium.driver(), Duration.ofSeconds(30));
				wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("party-box")));
				new Select(chromium.driver().findElement(By.id("lang"))).selectByValue("en");
				List<WebElement> names = chromium.driver().findElements(By.cssSelector("#party [data-field=name]"));
				assertThat(names).hasSize(2);
				assertThat(names.get(0).getAttribute("value")).isEqualTo("Attendee 1");
				chromium.driver().findElement(By.id("party-add")).click();
				chromium.driver().switchTo().activeElement().sendKeys("Ines Duarte");
				chromium.screenshot("manage-page-party-of-three");
				chromium.driver().findElement(By.id("party-save")).click();
				new WebDriverWait(chromium.driver(), Duration.ofSeconds(30)).until(
						ExpectedConditions.textToBePresentInElementLocated(By.id("party-message"), "now for 3 people"));
				chromium.screenshot("manage-page-party-changed");
			});
		}
		JsonNode grown = Storefront.booking(booked.id(), booked.guest());
		assertThat(grown.path("seats").asInt()).isEqualTo(3);
		assertThat(grown.path("attendees").get(2).path("name").asString()).isEqualTo("Ines Duarte");
		assertThat(grown.path("pricing").path("finalPriceCents").asLong()).isEqualTo(priceOfThree);
		FleetInvariants.hold();
	}

}
