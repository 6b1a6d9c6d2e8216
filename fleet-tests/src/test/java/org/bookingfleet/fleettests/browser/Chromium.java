package org.bookingfleet.fleettests.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import org.bookingfleet.fleettests.fleet.LocalFleet;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium of the operating system's package, driven through its own
 * chromedriver, with a fresh profile. Nothing is downloaded: without the package the test
 * fails and says how to install it.
 */
final class Chromium implements AutoCloseable {

	static final String INSTALL = "apt-get install -y chromium chromium-driver";

	private final ChromeDriver driver;

	private final Path profile;

	private Chromium(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	static Chromium start() {
		Path browser = onPath("chromium").or(() -> onPath("chromium-browser"))
			.orElseThrow(() -> new IllegalStateException("Chromium is not installed; install it with: " + INSTALL));
		Path chromedriver = onPath("chromedriver")
			.orElseThrow(() -> new IllegalStateException("chromedriver is not installed; install it with: " + INSTALL));
		try {
			Path profile = Files.createTempDirectory("fleet-chromium-");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(browser.toFile());
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--window-size=1024,1800", "--user-data-dir=" + profile);
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			return new Chromium(driver, profile);
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot make a Chromium profile", e);
		}
	}

	private static Optional<Path> onPath(String program) {
		return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
			.map(dir -> Path.of(dir, program))
			.filter(Files::isExecutable)
			.findFirst();
	}

	ChromeDriver driver() {
		return driver;
	}

	/** Saves what the browser shows under target/screenshots/NAME.png. */
	Path screenshot(String name) {
		try {
			Path dir = LocalFleet.checkoutRoot().resolve("fleet-tests/target/screenshots");
			Files.createDirectories(dir);
			Path file = dir.resolve(name + ".png");
			Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), file,
					StandardCopyOption.REPLACE_EXISTING);
			return file;
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot save the screenshot " + name, e);
		}
	}

	/**
	 * Runs the steps and saves a screenshot under the name afterwards, whether they
	 * passed or not.
	 */
	void recording(String name, Runnable steps) {
		try {
			steps.run();
		}
		finally {
			screenshot(name);
		}
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			try (var paths = Files.walk(profile)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
			catch (IOException ignored) {
				// a profile left in the temporary folder harms nothing
			}
		}
	}

}
