package org.offencestats.handbook.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offencestats.handbook.SiteFixture;
import org.offencestats.handbook.pipeline.Pipeline;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the built site, served on 127.0.0.1, in headless Chromium: no console error, every chart drawn,
 * no axe-core violation of WCAG 2.2 A or AA; search finds offences by code and by words; pages fit 320 px wide.
 */
class SiteBrowserTest {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    @TempDir
    static Path out;

    static Path site;
    static ChromeDriver driver;
    static StaticServer server;

    @BeforeAll
    static void start() {
        driver = Browser.start();
        site = out.resolve("site");
        new Pipeline(SiteFixture.CONTENT, SiteFixture.TEMPLATES, "https://example.org/handbook/").build(site);
        // Served under the base URL's sub-path, as a project site is: relative links and the 404 page must hold there.
        server = new StaticServer(site, "/handbook/");
    }

    @AfterAll
    static void stop() {
        Browser.stop(driver, server);
    }

    private static List<String> pages() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void everyPageHasNoConsoleErrorDrawsItsChartsAndPassesAxe() throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> pages = pages();
        assertThat(pages).hasSizeGreaterThan(100);
        JavascriptExecutor js = driver;
        for (String page : pages) {
            driver.get(server.url(page));
            Browser.chartsThatDidNotDraw(driver).forEach(id -> problems.add(page + ": chart " + id + " did not draw"));
            Browser.severe(driver).forEach(m -> problems.add(page + ": console: " + m));
            Results axe = new AxeBuilder().withTags(WCAG).analyze(driver);
            for (Rule violation : axe.getViolations()) {
                problems.add(page + ": axe " + violation.getId() + " (" + violation.getImpact() + "): " + violation.getHelp()
                        + " at " + violation.getNodes().stream().limit(3).map(n -> n.getTarget().toString()).toList());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void searchFindsAnOffenceByCodeAndByWords() {
        for (String query : List.of("086/02", "86/2", "indecent photographs")) {
            driver.get(server.url("search.html?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8)));
            List<String> hrefs = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
                List<String> found = d.findElements(By.cssSelector("#search-results a")).stream().map(a -> a.getAttribute("href")).toList();
                return found.isEmpty() ? null : found;
            });
            assertThat(hrefs).as("results for " + query).anyMatch(h -> h.endsWith("/offences/086-02.html"));
            if (!query.contains(" ")) {
                assertThat(hrefs.get(0)).as("an exact code comes first").endsWith("/offences/086-02.html");
            }
        }
        driver.get(server.url("index.html"));
        WebElement box = driver.findElement(By.id("site-search-q"));
        box.sendKeys("grooming");
        box.submit();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#search-results a")).isEmpty());
        assertThat(driver.findElement(By.id("search-status")).getText()).contains("grooming");
    }

    @Test
    void pagesFitAPhoneAndScreenshotsAreWrittenForReview() throws IOException {
        List<String> sample = List.of("index.html", "disclosures/index.html", "disclosures/2572-15.html",
                "disclosures/wmp-2021-22-child-sexual-offences-by-outcome.html", "offences/index.html", "offences/086-02.html",
                "offences/class-21.html", "outcomes/index.html", "outcomes/outcome-21.html", "platforms/facebook.html",
                "age-bands/10-12.html", "periods/2015.html", "about.html", "search.html", "404.html");
        JavascriptExecutor js = driver;
        for (String width : List.of("phone", "desktop")) {
            int w = width.equals("phone") ? 320 : 1280;
            Path dir = Path.of("target/screenshots", width);
            Files.createDirectories(dir);
            for (String page : sample) {
                // Headless windows cannot be narrower than about 500 px: emulate the phone's viewport instead.
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", w, "height", 900,
                        "deviceScaleFactor", 1, "mobile", width.equals("phone")));
                driver.get(server.url(page));
                for (WebElement canvas : driver.findElements(By.cssSelector(".chart-canvas[data-chart]"))) {
                    js.executeScript("arguments[0].scrollIntoView();", canvas);
                }
                js.executeScript("window.scrollTo(0, 0)");
                Number scrollWidth = (Number) js.executeScript("return document.documentElement.scrollWidth");
                Number clientWidth = (Number) js.executeScript("return document.documentElement.clientWidth");
                assertThat(scrollWidth.intValue()).as(page + " at " + w + " px: no sideways scrolling of the page").isLessThanOrEqualTo(clientWidth.intValue());
                long height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", w, "height", (int) Math.min(height, 12000),
                        "deviceScaleFactor", 1, "mobile", width.equals("phone")));
                Files.write(dir.resolve(page.replace('/', '_').replace(".html", ".png")), driver.getScreenshotAs(OutputType.BYTES));
            }
        }
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
    }
}
