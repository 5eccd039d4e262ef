package org.offencestats.handbook.browser;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.logging.Level;

/**
 * Debian's headless Chromium through Selenium, with Debian's chromedriver (never a downloaded one). On a machine
 * without them the browser tests are skipped with a message; in CI (CI=true) a missing browser is a failure.
 */
final class Browser {

    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final String CHROMIUM = "/usr/lib/chromium/chromium";

    private Browser() {
    }

    /**
     * Scrolls each chart into view (they draw when near the viewport) and waits until its SVG has a size.
     * Returns the ids of charts that did not draw within 30 seconds (generous: on two busy cores, with axe running, a
     * page of nine charts has been seen to need more than ten; a chart that never draws still fails).
     */
    static java.util.List<String> chartsThatDidNotDraw(ChromeDriver driver) {
        java.util.List<String> missing = new java.util.ArrayList<>();
        for (org.openqa.selenium.WebElement canvas : driver.findElements(org.openqa.selenium.By.cssSelector(".chart-canvas[data-chart]"))) {
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", canvas);
            try {
                new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30)).until(d -> {
                    Object size = driver.executeScript("var s = arguments[0].querySelector('svg');"
                            + "if (!s) return 0; var r = s.getBoundingClientRect(); return r.width * r.height;", canvas);
                    return size instanceof Number n && n.doubleValue() > 0;
                });
            } catch (org.openqa.selenium.TimeoutException e) {
                missing.add(canvas.getAttribute("data-chart"));
            }
        }
        return missing;
    }

    /** The browser console's errors since the last call (CSP violations included). */
    static java.util.List<String> severe(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(org.openqa.selenium.logging.LogEntry::getMessage).toList();
    }

    /** Ends a test class's browser and server, whichever of them started. */
    static void stop(ChromeDriver driver, StaticServer server) {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    static ChromeDriver start() {
        boolean available = new File(CHROMEDRIVER).canExecute() && (new File(CHROMIUM).canExecute() || new File("/usr/bin/chromium").canExecute());
        if (!available) {
            String message = "Browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message + ": in CI a skipped browser test is a failure");
            }
            System.err.println("SKIPPED: " + message);
            Assumptions.abort(message);
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File(CHROMIUM).canExecute() ? CHROMIUM : "/usr/bin/chromium");
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--window-size=1280,900", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
