package org.offencestats.handbook.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offencestats.handbook.SiteFixture;
import org.offencestats.handbook.pipeline.Pipeline;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Charts at 390 px (a phone) and at 1280 px, on one page of every kind that has charts: the page never scrolls
 * sideways, no two drawn category labels read the same (nor overlap, nor leave the canvas), and no legend pages.
 * The labels are read from the drawn SVG (src/test/resources/browser/chart-probe.js). Each chart is saved as
 * target/screenshots/mobile-*.png and desktop-*.png for a person to look at.
 */
class MobileChartsBrowserTest {

    @TempDir
    static Path out;

    static ChromeDriver driver;
    static StaticServer server;
    static String probe;

    @BeforeAll
    static void start() throws IOException {
        driver = Browser.start();
        Path site = out.resolve("site");
        new Pipeline(SiteFixture.CONTENT, SiteFixture.TEMPLATES).build(site);
        server = new StaticServer(site);
        try (InputStream in = MobileChartsBrowserTest.class.getResourceAsStream("/browser/chart-probe.js")) {
            probe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void stop() {
        Browser.stop(driver, server);
    }

    @ParameterizedTest
    @ValueSource(strings = {"disclosures/wmp-2021-22-child-sexual-offences-by-outcome.html",
            "disclosures/wmp-2010-2014-sexual-offences-against-children-online.html", "disclosures/2572-15.html",
            "disclosures/1040a-22.html", "offences/086-02.html", "offences/class-21.html", "outcomes/outcome-21.html",
            "platforms/facebook.html", "periods/2014.html", "age-bands/10-12.html"})
    void chartsReadAtPhoneAndDesktopWidths(String page) throws IOException {
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {390, 1280}) {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 2400));
            driver.get(server.url(page));
            assertThat(((Number) driver.executeScript("return document.documentElement.clientWidth")).intValue())
                    .as("the page's width at a " + width + " px window (less a scroll bar)").isBetween(width - 20, width);
            assertThat(Browser.chartsThatDidNotDraw(driver)).as("charts that did not draw on " + page + " at " + width).isEmpty();
            if (width == 390) {
                problems.addAll(overflow());
            }
            for (WebElement canvas : driver.findElements(By.cssSelector(".chart-canvas[data-chart]"))) {
                String where = page + " at " + width + " px, " + canvas.getAttribute("data-chart") + ": ";
                @SuppressWarnings("unchecked")
                Map<String, Object> seen = (Map<String, Object>) driver.executeScript(probe, canvas);
                @SuppressWarnings("unchecked")
                List<String> found = (List<String>) seen.get("problems");
                found.forEach(p -> problems.add(where + p));
                WebElement figure = canvas.findElement(By.xpath("./ancestor::figure"));
                driver.executeScript("arguments[0].scrollIntoView({block: 'start'});", figure);
                Path shots = Path.of("target/screenshots");
                Files.createDirectories(shots);
                Files.write(shots.resolve((width == 390 ? "mobile-" : "desktop-") + page.replace('/', '_').replace(".html", "")
                        + "-" + canvas.getAttribute("data-chart") + ".png"), figure.getScreenshotAs(OutputType.BYTES));
            }
        }
        assertThat(Browser.severe(driver)).as("console errors on " + page).isEmpty();
        assertThat(problems).as("what does not read on " + page).isEmpty();
    }

    /** The page scrolls sideways at this width: names the outermost elements that stick out, charts or not. */
    @SuppressWarnings("unchecked")
    private List<String> overflow() {
        return (List<String>) driver.executeScript("""
                var out = [];
                var w = window.innerWidth;
                if (document.documentElement.scrollWidth <= w) { return out; }
                var scrolls = function (e) { for (; e && e !== document.body; e = e.parentElement) {
                  var o = getComputedStyle(e).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') { return true; } } return false; };
                document.querySelectorAll('body *').forEach(function (e) {
                  var r = e.getBoundingClientRect();
                  if (r.right > w + 1 && !scrolls(e.parentElement) && !(e.parentElement && e.parentElement.getBoundingClientRect().right > w + 1)) {
                    out.push('the page is ' + document.documentElement.scrollWidth + ' px wide in a ' + w + ' px window: <'
                      + e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).split(' ').join('.') : '')
                      + '> reaches ' + Math.round(r.right) + ' px' + (e.closest('.chart') ? ' (in a chart)' : ' (not a chart)'));
                  }
                });
                return out.length ? out.slice(0, 5) : ['the page is ' + document.documentElement.scrollWidth + ' px wide in a ' + w + ' px window'];""");
    }

    /**
     * The probe can fail: the first chart of 086/02 redrawn as it was before (labels cut to one short width) must be
     * reported for two labels that read the same.
     */
    @Test
    void theProbeReportsCutLabelsThatReadTheSame() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        driver.get(server.url("offences/086-02.html"));
        assertThat(Browser.chartsThatDidNotDraw(driver)).isEmpty();
        WebElement canvas = driver.findElements(By.cssSelector(".chart-canvas[data-chart]")).get(0);
        driver.executeScript("""
                var chart = echarts.getInstanceByDom(arguments[0]);
                var spec = JSON.parse(document.getElementById(arguments[0].getAttribute('data-chart') + '-data').textContent);
                chart.setOption({ yAxis: { data: spec.categories, axisLabel: { overflow: 'truncate', width: 120 } } });""", canvas);
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) driver.executeScript(probe, canvas);
        assertThat((List<String>) seen.get("problems")).anyMatch(p -> p.contains("read the same"));
    }

    /** The overflow check can fail, and names what sticks out: a block wider than the window is reported. */
    @Test
    void theOverflowCheckNamesWhatSticksOut() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 900));
        driver.get(server.url("platforms/facebook.html"));
        assertThat(overflow()).isEmpty();
        driver.executeScript("var d = document.createElement('div'); d.id = 'too-wide'; d.style.width = '900px';"
                + " d.style.height = '10px'; document.querySelector('main').appendChild(d);");
        assertThat(overflow()).anyMatch(p -> p.contains("<div#too-wide>") && p.contains("(not a chart)"));
    }

    /** An abbreviated axis label is given in full in the tooltip (drawn in the chart's SVG), at phone width. */
    @Test
    void theTooltipGivesTheFullLabel() throws IOException {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 900));
        driver.get(server.url("offences/086-02.html"));
        assertThat(Browser.chartsThatDidNotDraw(driver)).isEmpty();
        WebElement canvas = driver.findElements(By.cssSelector(".chart-canvas[data-chart]")).get(0);
        String words = "return Array.prototype.map.call(arguments[0].querySelectorAll('svg text'), function (t) { return t.textContent; }).join(' ')";
        assertThat(((String) driver.executeScript(words, canvas)).split("\\s+")).as("the axis label is abbreviated").doesNotContain("difficulties");
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});"
                + "echarts.getInstanceByDom(arguments[0]).dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: 0});", canvas);
        assertThat(((String) driver.executeScript(words, canvas)).split("\\s+")).contains("Named", "evidential", "difficulties", "prevent", "support)");
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/mobile-tooltip.png"), canvas.getScreenshotAs(OutputType.BYTES));
    }
}
