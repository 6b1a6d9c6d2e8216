package org.bookingfleet.fleettests.browser;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The booking page at {@code /} as a customer uses it: by its labelled controls, step by
 * step.
 */
final class BookingPage {

	private final Chromium browser;

	private final WebDriverWait wait;

	BookingPage(Chromium browser) {
		this.browser = browser;
		this.wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
		this.wait.ignoring(StaleElementReferenceException.class);
	}

	BookingPage open() {
		browser.driver().get("http://localhost:8080/");
		return this;
	}

	/**
	 * Opens a waitlist offer's link: the page shows the slot held for the offer with its
	 * countdown.
	 */
	BookingPage openOffer(String offerId) {
		browser.driver().get("http://localhost:8080/?offer=" + offerId);
		wait.until(driver -> driver.findElement(By.id("hold-box")).isDisplayed()
				&& !driver.findElement(By.id("hold-countdown")).getText().isBlank()
				|| !driver.findElement(By.id("message")).getText().isBlank());
		return this;
	}

	boolean holdShown() {
		return element("hold-box").isDisplayed();
	}

	BookingPage chooseService(String businessId, String serviceId) {
		wait.until(driver -> new Select(driver.findElement(By.id("business"))).getOptions()
			.stream()
			.anyMatch(option -> businessId.equals(option.getDomAttribute("value"))));
		new Select(element("business")).selectByValue(businessId);
		wait.until(driver -> driver.findElement(By.id("service")).isEnabled()
				&& new Select(driver.findElement(By.id("service"))).getOptions()
					.stream()
					.anyMatch(option -> serviceId.equals(option.getDomAttribute("value"))));
		new Select(element("service")).selectByValue(serviceId);
		return this;
	}

	/** Sets the day field as a person would, then lets the page load that day's times. */
	BookingPage chooseDay(LocalDate day) {
		wait.until(ExpectedConditions.elementToBeClickable(By.id("day")));
		((JavascriptExecutor) browser.driver()).executeScript(
				"const d = arguments[0]; d.value = arguments[1]; d.dispatchEvent(new Event('input', {bubbles: true}));"
						+ " d.dispatchEvent(new Event('change', {bubbles: true}));",
				element("day"), day.toString());
		return this;
	}

	/**
	 * Holds back the answer to the page's next request for a day's times by
	 * {@code delay}, as a slow network would, so that a later request can be answered
	 * first.
	 */
	BookingPage slowNextDayOfTimes(Duration delay) {
		((JavascriptExecutor) browser.driver()).executeScript("""
				const fetched = window.fetch, delay = arguments[0];
				let slowed = false;
				window.fetch = (path, init) => {
				  if (!slowed && String(path).includes('/api/v2/availability?')) {
				    slowed = true;
				    return new Promise((answer) => setTimeout(answer, delay)).then(() => fetched(path, init));
				  }
				  return fetched(path, init);
				};""", delay.toMillis());
		return this;
	}

	/**
	 * The times on offer; the list is redrawn as slots change, so a read during a redraw
	 * is read again.
	 */
	List<String> times() {
		return buttons(WebElement::getText);
	}

	/** The instants the times on offer start at. */
	List<Instant> starts() {
		return buttons(button -> Instant.parse(button.getDomAttribute("data-start")));
	}

	private <T> List<T> buttons(Function<WebElement, T> read) {
		for (int attempt = 0;; attempt++) {
			try {
				return element("slots").findElements(By.cssSelector("li button")).stream().map(read).toList();
			}
			catch (StaleElementReferenceException redrawn) {
				if (attempt == 5) {
					throw redrawn;
				}
			}
		}
	}

	void awaitTime(String label) {
		wait.until(driver -> times().stream().anyMatch(text -> shows(text, label)));
	}

	/**
	 * The time as the page may print it: "14:00" or "02:00 PM", after the browser's
	 * locale.
	 */
	static String label(Instant start, String zone) {
		return DateTimeFormatter.ofPattern("HH:mm").format(start.atZone(ZoneId.of(zone)));
	}

	static boolean shows(String text, String label) {
		java.time.LocalTime time = java.time.LocalTime.parse(label);
		String twelve = DateTimeFormatter.ofPattern("hh:mm a", java.util.Locale.US).format(time);
		return text.startsWith(label) || text.toUpperCase(java.util.Locale.ROOT).startsWith(twelve);
	}

	BookingPage pickAndHold(String label) {
		awaitTime(label);
		wait.until(driver -> {
			element("slots").findElements(By.cssSelector("li button"))
				.stream()
				.filter(button -> shows(button.getText(), label))
				.findFirst()
				.orElseThrow()
				.click();
			return true;
		});
		wait.until(ExpectedConditions.elementToBeClickable(By.id("hold"))).click();
		wait.until(driver -> driver.findElement(By.id("hold-box")).isDisplayed());
		return this;
	}

	BookingPage details(String name, String email, String phone) {
		element("name").sendKeys(name);
		element("email").sendKeys(email);
		element("phone").sendKeys(phone);
		wait.until(ExpectedConditions.elementToBeClickable(By.id("to-review"))).click();
		wait.until(driver -> driver.findElement(By.id("step-review")).isDisplayed()
				&& !driver.findElements(By.cssSelector("#breakdown tr")).isEmpty());
		return this;
	}

	String breakdown() {
		return element("breakdown").getText();
	}

	BookingPage book() {
		element("book").click();
		wait.until(driver -> driver.findElement(By.id("step-pay")).isDisplayed()
				|| driver.findElement(By.id("step-done")).isDisplayed()
				|| !driver.findElement(By.id("review-message")).getText().isBlank());
		return this;
	}

	BookingPage pay(String card, String expiry, String cvc) {
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card-number"))).sendKeys(card);
		element("card-expiry").sendKeys(expiry);
		element("card-cvc").sendKeys(cvc);
		element("pay").click();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
			.until(driver -> driver.findElement(By.id("step-done")).isDisplayed()
					|| !driver.findElement(By.id("pay-message")).getText().isBlank());
		return this;
	}

	/**
	 * Whether the confirmation shows within the page's patience: the saga settles after
	 * the payment's webhook.
	 */
	boolean confirmed() {
		try {
			wait.until(driver -> driver.findElement(By.id("step-done")).isDisplayed());
			return true;
		}
		catch (org.openqa.selenium.TimeoutException notShown) {
			return false;
		}
	}

	String text(String id) {
		return element(id).getText();
	}

	String manageLink() {
		return element("manage-link").getDomAttribute("href");
	}

	WebElement element(String id) {
		return browser.driver().findElement(By.id(id));
	}

}
