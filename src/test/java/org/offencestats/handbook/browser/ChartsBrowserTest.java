package org.offencestats.handbook.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offencestats.handbook.SiteFixture;
import org.offencestats.handbook.pipeline.Pipeline;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In headless Chromium: every chart on a disclosure, an offence and an outcome page draws an SVG of non-zero size,
 * with no console error. Full-page screenshots go to target/screenshots for a person to look at.
 */
class ChartsBrowserTest {

    @TempDir
    static Path out;

    static ChromeDriver driver;
    static StaticServer server;

    @BeforeAll
    static void start() {
        driver = Browser.start();
        Path site = out.resolve("site");
        new Pipeline(SiteFixture.CONTENT, SiteFixture.TEMPLATES).build(site);
        server = new StaticServer(site);
    }

    @AfterAll
    static void stop() {
        Browser.stop(driver, server);
    }

    @ParameterizedTest
    @ValueSource(strings = {"disclosures/2572-15.html", "disclosures/wmp-2021-22-child-sexual-offences-by-outcome.html",
            "disclosures/wmp-2010-2014-sexual-offences-against-children-online.html", "offences/086-02.html",
            "outcomes/outcome-21.html", "platforms/facebook.html"})
    void everyChartDraws(String page) throws IOException {
        driver.get(server.url(page));
        List<WebElement> canvases = driver.findElements(org.openqa.selenium.By.cssSelector(".chart-canvas[data-chart]"));
        assertThat(canvases).as("charts on " + page).isNotEmpty();
        assertThat(Browser.chartsThatDidNotDraw(driver)).as("charts that did not draw on " + page).isEmpty();
        JavascriptExecutor js = driver;
        assertThat(Browser.severe(driver)).as("console errors on " + page).isEmpty();
        js.executeScript("window.scrollTo(0, 0)");
        Long height = (Long) js.executeScript("return Math.ceil(document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, (int) Math.min(height, 16000)));
        Path shots = Path.of("target/screenshots");
        Files.createDirectories(shots);
        Files.write(shots.resolve(page.replace('/', '_').replace(".html", ".png")), driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }
}
