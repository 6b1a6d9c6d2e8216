package org.bookingfleet.fleettests.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bookingfleet.fleettests.api.Storefront;
import org.bookingfleet.fleettests.fleet.WithFleet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo customer signs in on the booking page, books a day the month view marks free
 * and pays, then finds that booking under "My bookings".
 */
@WithFleet
class MyBookingsBrowserIntegrationTest {

	private static final String BARBERS = "barberia-palermo";

	private static final String BARBER_ZONE = "America/Argentina/Buenos_Aires";

	@Test
	void aSignedInCustomerBooksThroughTheMonthViewAndFindsTheBookingUnderMyBookings() {
		String service = "barber-afeitado";
		long barber = Storefront.openProvider(service, BARBER_ZONE, "10:00", "17:00");
		Instant start = Storefront.firstSlot(service, barber, BARBER_ZONE, 3);
		LocalDate day = start.atZone(ZoneId.of(BARBER_ZONE)).toLocalDate();
		String label = BookingPage.label(start, BARBER_ZONE);

		try (Chromium chromium = Chromium.start()) {
			WebDriver browser = chromium.driver();
			WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
			BookingPage page = new BookingPage(chromium);
			MonthView month = new MonthView(chromium);
			chromium.recording("my-bookings", () -> {
				page.open();
				wait.until(driver -> driver.findElement(By.id("signin-link")).isDisplayed());
				browser.findElement(By.id("signin-link")).click();
				wait.until(driver -> driver.getCurrentUrl().startsWith("http://localhost:8086/login"));
				browser.findElement(By.id("username")).sendKeys("customer@bookingfleet.example");
				browser.findElement(By.id("password")).sendKeys("demo-customer-password", Keys.ENTER);
				wait.until(driver -> driver.getCurrentUrl().equals("http://localhost:8080/"));
				wait.until(driver -> driver.findElement(By.id("signed-in-as")).isDisplayed());

				page.chooseService(BARBERS, service);
				month.showMonthOf(day).awaitFreeDay(day);
				// the page offers a choice of barber once the service has more than one
				if (browser.findElement(By.id("provider-box")).isDisplayed()) {
					month.chooseProvider(barber).awaitFreeDay(day);
				}
				assertThat(month.dayButton(day).getDomAttribute("aria-label")).contains("free");
				month.dayButton(day).click();
				wait.until(driver -> "true".equals(month.dayButton(day).getDomAttribute("aria-pressed")));
				page.pickAndHold(label).details("Demo Customer", "customer@bookingfleet.example", "011 15-5555-0199");
				page.book();
				page.pay("4242 4242 4242 4242", "12/34", "123");
				assertThat(page.confirmed())
					.as("the confirmation is shown; the page says: %s", page.text("pay-message"))
					.isTrue();
				chromium.screenshot("my-bookings-confirmed");
				Matcher booked = Pattern.compile("#booking=([^&]+)").matcher(page.manageLink());
				assertThat(booked.find()).as(page.manageLink()).isTrue();
				String bookingId = booked.group(1);

				browser.findElement(By.cssSelector("#account a[href='/my-bookings.html']")).click();
				wait.until(driver -> driver.getCurrentUrl().equals("http://localhost:8080/my-bookings.html"));
				By listed = By.cssSelector("#bookings a[href='/manage.html#booking=" + bookingId + "']");
				wait.until(driver -> !driver.findElements(listed).isEmpty());
				chromium.screenshot("my-bookings-listed");
				assertThat(browser.findElement(listed).findElement(By.xpath("..")).getText()).contains("Afeitado");
			});
		}
	}

}
