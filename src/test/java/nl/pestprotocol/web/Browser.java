package nl.pestprotocol.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's chromium, headless, driven by Debian's chromium-driver (no browser download: the build
 * stays JDK-only). Where they are is read from -Dpestprotocol.chromium / -Dpestprotocol.chromedriver,
 * else the usual places; {@link #missing()} says why a machine cannot run the browser tests.
 */
final class Browser {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser() {
    }

    static Optional<Path> chromium() {
        return find("pestprotocol.chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium");
    }

    static Optional<Path> driver() {
        return find("pestprotocol.chromedriver", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    }

    /** Why the browser tests cannot run here, or empty when they can. */
    static Optional<String> missing() {
        if (chromium().isEmpty()) {
            return Optional.of("no chromium found (apt-get install chromium, or -Dpestprotocol.chromium=/path)");
        }
        if (driver().isEmpty()) {
            return Optional.of("no chromedriver found (apt-get install chromium-driver, or -Dpestprotocol.chromedriver=/path)");
        }
        return Optional.empty();
    }

    /** A phone-sized window: the pages must be readable on a phone. */
    static ChromeDriver start(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium().orElseThrow().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + width + "," + height, "--lang=nl-NL");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver().orElseThrow().toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    static Path screenshot(ChromeDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            // the top of the page: the title and the first fields, not wherever the last field scrolled to
            driver.executeScript("window.scrollTo(0, 0)");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> find(String property, String... candidates) {
        String configured = System.getProperty(property);
        return (configured != null ? Stream.of(configured) : Stream.of(candidates)).map(Path::of)
                .filter(Files::isExecutable).findFirst();
    }
}
