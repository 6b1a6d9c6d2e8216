package org.bookingfleet.fleettests.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.bookingfleet.fleettests.api.Storefront;
import org.bookingfleet.fleettests.api.Storefront.Booked;
import org.bookingfleet.fleettests.fleet.WithFleet;
import org.bookingfleet.fleettests.invariants.FleetInvariants;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The booking page in headless Chromium against the running fleet; each test leaves a
 * screenshot.
 */
@WithFleet
class BookingPageIntegrationTest {

	private static final String BARBERS = "barberia-palermo";

	private static final String BARBER_ZONE = "America/Argentina/Buenos_Aires";

	private static final String RON = "hmnp-ron-oath";

	private static final String RON_ZONE = "America/Chicago";

	@Test
	void aCustomerBooksAndPaysOnThePageAndLandsOnTheConfirmation() {
		String service = "barber-afeitado";
		long barber = Storefront.openProvider(service, BARBER_ZONE, "10:00", "17:00");
		Instant start = Storefront.firstSlot(service, barber, BARBER_ZONE, 3);
		try (Chromium chromium = Chromium.start()) {
			chromium.recording("booking-page-confirmation", () -> {
				BookingPage page = new BookingPage(chromium).open()
					.chooseService(BARBERS, service)
					.chooseDay(day(start, BARBER_ZONE));
				page.pickAndHold(BookingPage.label(start, BARBER_ZONE))
					.details("Lucía Fernández", Storefront.newEmail("page"), "+5491155550101");
				assertThat(page.breakdown()).isNotBlank();
				page.book();
				chromium.screenshot("booking-page-pay");
				page.pay("4242 4242 4242 4242", "12/34", "123");
				assertThat(page.confirmed())
					.as("the confirmation is shown; the page says: %s", page.text("pay-message"))
					.isTrue();
				assertThat(page.manageLink()).contains("/manage.html#booking=");
				assertThat(page.element("ics").getDomAttribute("download")).endsWith(".ics");
			});
		}
		FleetInvariants.hold();
	}

	@Test
	void aTimeHeldInOneBrowserDisappearsFromAnotherWithoutAReload() {
		String service = "barber-corte";
		long barber = Storefront.openProvider(service, BARBER_ZONE, "10:00", "17:00");
		Instant start = Storefront.firstSlot(service, barber, BARBER_ZONE, 4);
		String label = BookingPage.label(start, BARBER_ZONE);
		try (Chromium first = Chromium.start(); Chromium second = Chromium.start()) {
			BookingPage taker = new BookingPage(first).open()
				.chooseService(BARBERS, service)
				.chooseDay(day(start, BARBER_ZONE));
			BookingPage watcher = new BookingPage(second).open()
				.chooseService(BARBERS, service)
				.chooseDay(day(start, BARBER_ZONE));
			taker.awaitTime(label);
			watcher.awaitTime(label);
			taker.pickAndHold(label);
			try {
				new WebDriverWait(second.driver(), Duration.ofSeconds(20))
					.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
					.until(driver -> watcher.times().stream().noneMatch(text -> BookingPage.shows(text, label)));
			}
			finally {
				second.screenshot("booking-page-slot-gone-in-other-browser");
				first.screenshot("booking-page-slot-held");
			}
			assertThat(watcher.times()).as("the other browser still offers other times").isNotEmpty();
		}
	}

	@Test
	void theTimesOfADayChosenWhileAnEarlierDaysAreOnTheirWayStayThatDaysTimes() {
		String service = "barber-corte";
		long barber = Storefront.openProvider(service, BARBER_ZONE, "10:00", "17:00");
		Instant start = Storefront.firstSlot(service, barber, BARBER_ZONE, 4);
		LocalDate chosen = day(start, BARBER_ZONE);
		try (Chromium chromium = Chromium.start()) {
			chromium.recording("booking-page-late-answer", () -> {
				// today's times, asked for as the service is chosen, come late
				BookingPage page = new BookingPage(chromium).open().slowNextDayOfTimes(Duration.ofSeconds(2));
				page.chooseService(BARBERS, service).chooseDay(chosen);
				page.awaitTime(BookingPage.label(start, BARBER_ZONE));
				await().during(Duration.ofSeconds(3))
					.atMost(Duration.ofSeconds(10))
					.untilAsserted(() -> assertThat(page.starts()).as("the times listed under %s", chosen)
						.isNotEmpty()
						.allSatisfy(listed -> assertThat(day(listed, BARBER_ZONE)).isEqualTo(chosen)));
			});
		}
	}

	@Test
	void aGuestCancelsFromTheManageLinkAndTheBookingIsCancelled() {
		long notary = Storefront.openProvider(RON, RON_ZONE);
		Storefront.payAtAppointment(notary);
		Booked booked = Storefront.bookConfirmed(RON, notary, Storefront.firstSlot(RON, notary, RON_ZONE, 5),
				Storefront.newEmail("manager"));

		try (Chromium chromium = Chromium.start()) {
			chromium.recording("manage-page-cancelled", () -> {
				WebDriverWait wait = openManageLink(chromium, booked, "cancel-box");
				chromium.driver().findElement(By.id("reason")).sendKeys("cannot make it");
				chromium.driver().findElement(By.id("cancel")).click();
				wait.until(ExpectedConditions.alertIsPresent()).accept();
				wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#summary .status.CANCELLED")));
				wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("cancel-box")));
			});
		}
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(Storefront.booking(booked.id(), booked.guest()).path("status").asString())
				.isEqualTo("CANCELLED"));
		FleetInvariants.hold();
	}

	@Test
	void aGuestMovesTheBookingFromTheManageLinkAndItTakesTheNewTimesPrice() {
		long notary = Storefront.openProvider(RON, RON_ZONE);
		Storefront.payAtAppointment(notary);
		Instant later = Storefront.firstSlot(RON, notary, RON_ZONE, 6);
		Booked booked = Storefront.bookConfirmed(RON, notary, Storefront.firstSlot(RON, notary, RON_ZONE, 5),
				Storefront.newEmail("mover"));

		try (Chromium chromium = Chromium.start()) {
			chromium.recording("manage-page-moved", () -> {
				WebDriverWait wait = openManageLink(chromium, booked, "reschedule-box");
				((org.openqa.selenium.JavascriptExecutor) chromium.driver()).executeScript(
						"const d = arguments[0]; d.value = arguments[1]; d.dispatchEvent(new Event('change', {bubbles: true}));",
						chromium.driver().findElement(By.id("day")), day(later, RON_ZONE).toString());
				String label = BookingPage.label(later, RON_ZONE);
				// the free times load after the day changes and the list is redrawn as
				// slots change: until the time shows, and on a redrawn button, it is
				// tried
				// again
				wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
					.ignoring(java.util.NoSuchElementException.class)
					.until(driver -> {
						driver.findElement(By.id("slots"))
							.findElements(By.cssSelector("li button"))
							.stream()
							.filter(button -> BookingPage.shows(button.getText(), label))
							.findFirst()
							.orElseThrow()
							.click();
						return true;
					});
				wait.until(ExpectedConditions.elementToBeClickable(By.id("move"))).click();
				wait.until(driver -> !driver.findElement(By.id("message")).getText().isBlank());
			});
		}
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			var moved = Storefront.booking(booked.id(), booked.guest());
			assertThat(Instant.parse(moved.path("scheduledDateTime").asString())).isEqualTo(later);
			assertThat(Instant.parse(moved.path("pricing").path("scheduledAt").asString())).isEqualTo(later);
			assertThat(moved.path("status").asString()).isEqualTo("CONFIRMED");
		});
		FleetInvariants.hold();
	}

	/**
	 * Opens the link of the booking's confirmation email and waits for the section
	 * {@code box} to show.
	 */
	private static WebDriverWait openManageLink(Chromium chromium, Booked booked, String box) {
		chromium.driver()
			.get("http://localhost:8080/manage.html#booking=" + booked.id() + "&token=" + booked.accessToken());
		WebDriverWait wait = new WebDriverWait(chromium.driver(), Duration.ofSeconds(30));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(box)));
		return wait;
	}

	private static LocalDate day(Instant start, String zone) {
		return start.atZone(ZoneId.of(zone)).toLocalDate();
	}

}
