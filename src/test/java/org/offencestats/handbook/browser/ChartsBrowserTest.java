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

    private static final String DEEP_PAGE = "disclosures/wmp-2010-2014-sexual-offences-against-children-online.html";

    private Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    private long echartsRequests() {
        return ((Number) js("return performance.getEntriesByType('resource').filter(function (e) { return /echarts/.test(e.name); }).length"))
                .longValue();
    }

    /** Every chart on the page has drawn an SVG, within 30 seconds, without the page being scrolled. */
    private void allDrawWithoutScrolling() {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30)).until(d -> (Boolean) js(
                "var c = document.querySelectorAll('.chart-canvas[data-chart]'); return c.length > 0 && Array.prototype.every.call(c,"
                        + " function (e) { var s = e.querySelector('svg'); return s && s.getBoundingClientRect().width > 0; })"));
    }

    /**
     * The page loads only the small charts script: ECharts is fetched (once) when a chart nears the viewport, and no
     * file loaded with the page is over 50 KB.
     */
    @org.junit.jupiter.api.Test
    void echartsIsFetchedOnlyWhenAChartNearsTheViewport() throws InterruptedException {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 600));
        driver.get(server.url(DEEP_PAGE));
        Thread.sleep(1500);
        double top = ((Number) js("return document.querySelector('.chart-canvas[data-chart]').getBoundingClientRect().top")).doubleValue();
        double screen = ((Number) js("return window.innerHeight")).doubleValue();
        assertThat(top).as("precondition: the first chart starts more than two screens down").isGreaterThan(2 * screen);
        assertThat(js("return typeof echarts")).isEqualTo("undefined");
        assertThat(echartsRequests()).isZero();
        assertThat(driver.findElements(org.openqa.selenium.By.cssSelector("script[src*=echarts]"))).isEmpty();
        @SuppressWarnings("unchecked")
        List<String> heavy = (List<String>) js("return performance.getEntriesByType('resource').filter(function (e) {"
                + " return e.decodedBodySize > 50 * 1024; }).map(function (e) { return e.name + ' ' + e.decodedBodySize; })");
        assertThat(heavy).as("files over 50 KB loaded with the page").isEmpty();
        assertThat(driver.findElement(org.openqa.selenium.By.cssSelector("script[data-echarts]")).getAttribute("data-echarts"))
                .matches(".*assets/echarts/echarts-common\\.[0-9a-f]{10}\\.min\\.js");
        assertThat(Browser.chartsThatDidNotDraw(driver)).isEmpty();
        assertThat(echartsRequests()).as("ECharts fetched once, for all the charts").isEqualTo(1);
        assertThat(Browser.severe(driver)).isEmpty();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }

    /** Without IntersectionObserver every chart is drawn at once; before printing, every chart not yet drawn is. */
    @org.junit.jupiter.api.Test
    void chartsDrawWithoutIntersectionObserverAndBeforePrinting() {
        Object added = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                java.util.Map.of("source", "delete window.IntersectionObserver;"));
        try {
            driver.get(server.url(DEEP_PAGE));
            allDrawWithoutScrolling();
        } finally {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    java.util.Map.of("identifier", ((java.util.Map<?, ?>) added).get("identifier")));
        }
        driver.get(server.url(DEEP_PAGE));
        assertThat(js("return 'IntersectionObserver' in window")).isEqualTo(true);
        assertThat(js("return typeof echarts")).isEqualTo("undefined");
        js("window.dispatchEvent(new Event('beforeprint'))");
        allDrawWithoutScrolling();
        assertThat(Browser.severe(driver)).isEmpty();
    }
}
