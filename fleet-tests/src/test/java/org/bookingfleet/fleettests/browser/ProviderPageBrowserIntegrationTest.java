package org.bookingfleet.fleettests.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.bookingfleet.fleettests.api.Answer;
import org.bookingfleet.fleettests.api.Caller;
import org.bookingfleet.fleettests.api.Gateway;
import org.bookingfleet.fleettests.api.Json;
import org.bookingfleet.fleettests.api.Storefront;
import org.bookingfleet.fleettests.api.Storefront.Booked;
import org.bookingfleet.fleettests.api.Tokens;
import org.bookingfleet.fleettests.fleet.WithFleet;
import org.bookingfleet.fleettests.invariants.FleetInvariants;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.node.ObjectNode;

/**
 * A provider runs their week from the providers' page: signed in through the identity
 * provider, they close one weekday and shorten another, which the customer's month view
 * and times show at once; then they mark the booking they are serving completed.
 */
@WithFleet
class ProviderPageBrowserIntegrationTest {

	/** Sam Patel's demo account (provider 43) and his business's clock. */
	private static final long PROVIDER = 43;

	private static final String ZONE = "America/Denver";

	private static final String BUSINESS = "denver-pros";

	@Test
	void aProviderChangesTheirHoursTheCustomerSeesThemAndTheProviderCompletesABooking() {
		ZoneId zone = ZoneId.of(ZONE);
		String service = walkInService();
		try {
			// open every day 08:00 to 18:00, and today from the next minute: a
			// booking that starts within two minutes can be completed here
			ZonedDateTime soon = ZonedDateTime.now(zone).plusMinutes(1).truncatedTo(ChronoUnit.MINUTES);
			if (soon.isBefore(ZonedDateTime.now(zone).plusSeconds(20))) {
				soon = soon.plusMinutes(1);
			}
			schedule(service, soon);
			Storefront.payAtAppointment(PROVIDER);
			Instant start = Instant
				.parse(Storefront.slots(service, PROVIDER, Instant.now(), soon.toInstant().plus(1, ChronoUnit.HOURS))
					.get(0)
					.path("start")
					.asString());
			Booked booked = Storefront.bookConfirmed(service, PROVIDER, start, Storefront.newEmail("walk-in"));

			LocalDate today = soon.toLocalDate();
			LocalDate closed = today.plusDays(2);
			LocalDate shortened = today.plusDays(3);

			try (Chromium chromium = Chromium.start()) {
				WebDriver browser = chromium.driver();
				WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
				wait.ignoring(StaleElementReferenceException.class);
				chromium.recording("provider-week-hours", () -> {
					browser.get("http://localhost:8080/provider.html");
					wait.until(driver -> driver.findElement(By.id("signin-link")).isDisplayed());
					browser.findElement(By.id("signin-link")).click();
					wait.until(driver -> driver.getCurrentUrl().startsWith("http://localhost:8086/login"));
					browser.findElement(By.id("username")).sendKeys("sam.patel@bookingfleet.example");
					browser.findElement(By.id("password")).sendKeys("demo-provider-password", Keys.ENTER);

					wait.until(driver -> driver.getCurrentUrl().equals("http://localhost:8080/provider.html"));
					// the provider's own schedule, on their clock
					wait.until(driver -> "08:00-18:00".equals(value(driver, "hours-MONDAY")));
					assertThat(browser.findElement(By.id("provider-zone")).getText()).contains(ZONE);
					assertThat(browser.findElement(By.id("svc-" + service)).isSelected()).isTrue();
					// typed as a person would, saved with Enter
					type(browser, "hours-" + closed.getDayOfWeek(), "");
					type(browser, "hours-" + shortened.getDayOfWeek(), "13:00-15:00");
					browser.findElement(By.id("hours-" + shortened.getDayOfWeek())).sendKeys(Keys.ENTER);
					wait.until(driver -> driver.findElement(By.id("schedule-status"))
						.getDomAttribute("class")
						.contains("ok"));
					chromium.screenshot("provider-week-hours-saved");
				});

				BookingPage page = new BookingPage(chromium);
				MonthView month = new MonthView(chromium);
				chromium.recording("provider-week-customer-month", () -> {
					page.open().chooseService(BUSINESS, service);
					// the service's only provider: the page offers no choice; the
					// closed day's month has another free day, so its answer is in
					// once one shows
					assertThat(month.zoneNote()).contains(ZONE);
					month.showMonthOf(closed);
					wait.until(driver -> !month.freeDays().isEmpty());
					assertThat(month.freeDays()).as("the closed %s is not marked free", closed.getDayOfWeek())
						.doesNotContain(closed.toString());
					month.showMonthOf(shortened).awaitFreeDay(shortened).chooseByKeyboard(shortened);
					page.awaitTime("13:00");
					List<String> times = page.times();
					assertThat(times).noneMatch(time -> BookingPage.shows(time, "08:00")
							|| BookingPage.shows(time, "15:00") || BookingPage.shows(time, "12:45"));
				});

				chromium.recording("provider-completes-booking", () -> {
					browser.get("http://localhost:8080/provider.html");
					By card = By.cssSelector("[data-booking='" + booked.id() + "']");
					By complete = By
						.cssSelector("[data-booking='" + booked.id() + "'] button[data-action='COMPLETED']");
					wait.until(driver -> !driver.findElements(complete).isEmpty());
					// the provider completes the booking once it has begun
					await("the booking starts").atMost(Duration.ofMinutes(3))
						.pollInterval(Duration.ofMillis(500))
						.until(() -> !Instant.now().isBefore(start));
					browser.findElement(complete).sendKeys(Keys.ENTER);
					wait.until(driver -> driver.findElement(card)
						.findElement(By.cssSelector(".status"))
						.getText()
						.equals("Completed")
							|| driver.findElement(card)
								.findElement(By.cssSelector(".status"))
								.getDomAttribute("class")
								.contains("COMPLETED"));
					chromium.screenshot("provider-booking-completed");
				});
			}
			assertThat(Storefront.booking(booked.id(), booked.guest()).path("status").asString())
				.isEqualTo("COMPLETED");
			FleetInvariants.hold();
		}
		finally {
			retire(service);
		}
	}

	private static String value(WebDriver driver, String id) {
		List<WebElement> found = driver.findElements(By.id(id));
		return found.isEmpty() ? null : found.get(0).getDomProperty("value");
	}

	private static void type(WebDriver browser, String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		if (!text.isEmpty()) {
			field.sendKeys(text);
		}
	}

	/**
	 * A service of this test's own, bookable round the clock without notice, so that a
	 * booking can start while the test runs; the catalog's services all ask for notice.
	 */
	private static String walkInService() {
		String id = "walk-in-" + UUID.randomUUID().toString().substring(0, 8);
		Answer answer = Gateway.put("/api/v2/services/" + id, Tokens.admin(), walkIn(true));
		assertThat(answer.status()).as(answer.toString()).isIn(200, 201);
		Instant from = Instant.now().plus(1, ChronoUnit.DAYS);
		await("availability knows " + id).atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> Gateway
				.get("/api/v2/availability?serviceId=" + id + "&from=" + from + "&to=" + from.plus(1, ChronoUnit.DAYS),
						Caller.ANONYMOUS)
				.status() == 200);
		return id;
	}

	/**
	 * Out of the catalog again, so that the classes after this one see only the demo's
	 * services.
	 */
	private static void retire(String service) {
		Answer answer = Gateway.put("/api/v2/services/" + service, Tokens.admin(), walkIn(false));
		assertThat(answer.status()).as(answer.toString()).isIn(200, 201);
	}

	private static ObjectNode walkIn(boolean active) {
		ObjectNode body = Json.object()
			.put("businessId", BUSINESS)
			.put("name", "Walk-in advice")
			.put("description", "A quarter of an hour of advice, whenever the professional is in.")
			.put("type", "IN_STORE")
			.put("durationMinutes", 15)
			.put("capacity", 1)
			.put("timeZone", ZONE)
			.put("currency", "USD")
			.put("taxJurisdiction", "US-CO-SERVICES")
			.put("minimumNoticeMinutes", 0)
			.put("active", active);
		body.putObject("price").put("model", "FIXED").put("cents", 2000);
		body.putObject("deposit").put("rule", "NONE");
		body.putObject("hours").put("allDay", true);
		return body;
	}

	/**
	 * The provider's week: 08:00 to 18:00 every day, every quarter of an hour, and today
	 * from {@code soon} to midnight.
	 */
	private static void schedule(String service, ZonedDateTime soon) {
		ObjectNode schedule = Json.object().put("timeZone", ZONE);
		ObjectNode week = schedule.putObject("weeklyHours");
		for (DayOfWeek day : DayOfWeek.values()) {
			week.putArray(day.name()).addObject().put("start", "08:00").put("end", "18:00");
		}
		schedule.putArray("overrides")
			.addObject()
			.put("date", soon.toLocalDate().toString())
			.putArray("hours")
			.addObject()
			.put("start", DateTimeFormatter.ofPattern("HH:mm").format(soon))
			.put("end", "24:00");
		schedule.put("minimumNoticeMinutes", 0).put("horizonDays", 60).put("slotIntervalMinutes", 15);
		schedule.putArray("serviceIds").add(service);
		Answer answer = Gateway.put("/api/v2/providers/" + PROVIDER + "/schedule", Tokens.admin(), schedule);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
	}

}
