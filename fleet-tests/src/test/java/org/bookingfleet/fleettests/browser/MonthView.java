package org.bookingfleet.fleettests.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The month of days with free times on the booking page, its provider choice and its
 * time-zone switch.
 */
final class MonthView {

	private final Chromium browser;

	private final WebDriverWait wait;

	MonthView(Chromium browser) {
		this.browser = browser;
		this.wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
		this.wait.ignoring(StaleElementReferenceException.class);
	}

	/** Pages forward with the next-month button until the grid shows the day's month. */
	MonthView showMonthOf(LocalDate day) {
		for (int pages = 0; pages < 3 && !dayShown(day); pages++) {
			wait.until(driver -> driver.findElement(By.id("month-next")).isEnabled());
			browser.driver().findElement(By.id("month-next")).click();
			wait.until(driver -> !driver
				.findElements(By.cssSelector("#month-grid [data-day^='" + YearMonth.from(day) + "']"))
				.isEmpty());
		}
		return this;
	}

	private boolean dayShown(LocalDate day) {
		return !browser.driver().findElements(By.cssSelector("#month-grid [data-day='" + day + "']")).isEmpty();
	}

	/** Waits until the month's answer marks the day as one with free times. */
	MonthView awaitFreeDay(LocalDate day) {
		wait.until(driver -> dayButton(day).getDomAttribute("class").contains("free"));
		return this;
	}

	WebElement dayButton(LocalDate day) {
		return browser.driver().findElement(By.cssSelector("#month-grid [data-day='" + day + "']"));
	}

	List<String> freeDays() {
		return browser.driver()
			.findElements(By.cssSelector("#month-grid button.day.free"))
			.stream()
			.map(button -> button.getDomAttribute("data-day"))
			.toList();
	}

	/**
	 * Focuses the day and walks there and back with the arrow keys, then chooses it with
	 * Enter.
	 */
	MonthView chooseByKeyboard(LocalDate day) {
		dayButton(day).sendKeys(Keys.ARROW_RIGHT);
		wait.until(driver -> day.plusDays(1).toString().equals(focusedDay()));
		browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_LEFT);
		wait.until(driver -> day.toString().equals(focusedDay()));
		browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
		wait.until(driver -> "true".equals(dayButton(day).getDomAttribute("aria-pressed")));
		return this;
	}

	String focusedDay() {
		return (String) ((JavascriptExecutor) browser.driver()).executeScript(
				"return document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.day : null;");
	}

	/** Chooses a named provider, or any with null. */
	MonthView chooseProvider(Long providerId) {
		wait.until(driver -> driver.findElement(By.id("provider-box")).isDisplayed()
				&& new Select(driver.findElement(By.id("provider"))).getOptions()
					.stream()
					.anyMatch(option -> String.valueOf(providerId).equals(option.getDomAttribute("value"))));
		new Select(browser.driver().findElement(By.id("provider")))
			.selectByValue(providerId == null ? "" : String.valueOf(providerId));
		return this;
	}

	String zoneNote() {
		return browser.driver().findElement(By.id("zone-note")).getText();
	}

	boolean zoneSwitchShown() {
		return browser.driver().findElement(By.id("zone-switch")).isDisplayed();
	}

	MonthView switchZone() {
		browser.driver().findElement(By.id("zone-switch")).click();
		return this;
	}

	String browserZone() {
		return (String) ((JavascriptExecutor) browser.driver())
			.executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone;");
	}

}
