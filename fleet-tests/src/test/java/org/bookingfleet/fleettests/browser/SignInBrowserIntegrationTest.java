package org.bookingfleet.fleettests.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.bookingfleet.fleettests.fleet.WithFleet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A provider signs in from the page's header through the identity provider's login page
 * (the gateway's authorization-code flow with PKCE), sees their day on the providers'
 * page without ever handling a token, and signs out again, at the identity provider too.
 */
@WithFleet
class SignInBrowserIntegrationTest {

	@Test
	void aProviderSignsInThroughTheLoginPageSeesTheirDayAndSignsOut() {
		try (Chromium chromium = Chromium.start()) {
			WebDriver browser = chromium.driver();
			WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
			chromium.recording("sign-in-provider", () -> {
				browser.get("http://localhost:8080/provider.html");
				wait.until(driver -> driver.findElement(By.id("signin-link")).isDisplayed());
				browser.findElement(By.id("signin-link")).click();

				wait.until(driver -> driver.getCurrentUrl().startsWith("http://localhost:8086/login"));
				browser.findElement(By.id("username")).sendKeys("grace.okafor@bookingfleet.example");
				browser.findElement(By.id("password")).sendKeys("demo-provider-password", Keys.ENTER);

				wait.until(driver -> driver.getCurrentUrl().equals("http://localhost:8080/provider.html"));
				wait.until(driver -> driver.findElement(By.id("signed-in-as")).getText().contains("grace.okafor"));
				assertThat(browser.findElement(By.id("signin-needed")).isDisplayed()).isFalse();
				wait.until(driver -> "11".equals(driver.findElement(By.id("provider")).getDomProperty("value")));
				// the day is read through the session: the gateway relays the provider's
				// access token
				wait.until(driver -> {
					String status = driver.findElement(By.id("day-status")).getText();
					return !driver.findElement(By.id("bookings")).getText().isBlank()
							|| (!status.isBlank() && !status.startsWith("Loading"));
				});
				assertThat(browser.findElement(By.id("message")).getText()).isBlank();
				assertThat(browser.findElement(By.id("day-status")).getDomAttribute("class")).doesNotContain("error");
				chromium.screenshot("sign-in-provider-day");

				browser.findElement(By.id("signout")).click();
				wait.until(driver -> driver.getCurrentUrl().startsWith("http://localhost:8080/")
						&& !driver.findElements(By.id("signin-link")).isEmpty());
			});
			// signed out at the identity provider too: signing in asks for the password
			// again
			browser.get("http://localhost:8080/signin?return=/provider.html");
			wait.until(driver -> driver.getCurrentUrl().startsWith("http://localhost:8086/login"));
		}
	}

}
