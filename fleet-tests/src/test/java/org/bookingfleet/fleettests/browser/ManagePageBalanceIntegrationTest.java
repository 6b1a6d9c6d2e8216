package org.bookingfleet.fleettests.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bookingfleet.fleettests.api.Storefront.COURSE;
import static org.bookingfleet.fleettests.api.Storefront.COURSE_ZONE;

import java.time.Duration;
import java.time.Instant;

import org.bookingfleet.fleettests.api.Storefront;
import org.bookingfleet.fleettests.api.Storefront.Booked;
import org.bookingfleet.fleettests.fleet.WithFleet;
import org.bookingfleet.fleettests.invariants.FleetInvariants;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The manage link of a course booked with a deposit, in headless Chromium: the guest pays
 * the balance there.
 */
@WithFleet
class ManagePageBalanceIntegrationTest {

	@Test
	void aGuestPaysTheBalanceFromTheManageLinkAndTheBookingIsPaidInFull() {
		long trainer = Storefront.openProvider(COURSE, COURSE_ZONE);
		Instant start = Storefront.firstSlot(COURSE, trainer, COURSE_ZONE, 7);
		Booked booked = Storefront.bookSlot(COURSE, trainer, start, 3, Storefront.newEmail("manage-balance"));
		JsonNode awaiting = Storefront.awaitStatus(booked.id(), booked.guest(), "AWAITING_PAYMENT");
		long price = awaiting.path("pricing").path("finalPriceCents").asLong();
		long deposit = awaiting.path("amountDueCents").asLong();
		Storefront.payWithCard(booked.id(), booked.guest(), Storefront.SUCCEEDING_CARD);
		Storefront.awaitStatus(booked.id(), booked.guest(), "CONFIRMED");
		String balance = String.valueOf((price - deposit) / 100);

		try (Chromium chromium = Chromium.start()) {
			chromium.recording("manage-page-balance-paid", () -> {
				chromium.driver()
					.get("http://localhost:8080/manage.html#booking=" + booked.id() + "&token=" + booked.accessToken());
				WebDriverWait wait = new WebDriverWait(chromium.driver(), Duration.ofSeconds(30));
				wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pay-box")));
				new Select(chromium.driver().findElement(By.id("lang"))).selectByValue("en");
				assertThat(chromium.driver().findElement(By.id("owed")).getText()).contains(balance);
				assertThat(chromium.driver().findElement(By.id("pay")).getText()).contains(balance);
				chromium.screenshot("manage-page-balance-owed");
				chromium.driver().findElement(By.id("card-number")).sendKeys("4242 4242 4242 4242");
				chromium.driver().findElement(By.id("card-expiry")).sendKeys("12/34");
				chromium.driver().findElement(By.id("card-cvc")).sendKeys("123");
				chromium.driver().findElement(By.id("pay")).click();
				new WebDriverWait(chromium.driver(), Duration.ofSeconds(60))
					.until(ExpectedConditions.invisibilityOfElementLocated(By.id("pay-box")));
				assertThat(chromium.driver().findElement(By.id("message")).getText()).contains("paid in full");
			});
		}
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(Storefront.booking(booked.id(), booked.guest()).path("paidCents").asLong())
				.isEqualTo(price));
		FleetInvariants.hold();
	}

}
