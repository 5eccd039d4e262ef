package org.offencestats.handbook.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offencestats.handbook.HostileFixture;
import org.offencestats.handbook.SiteFixture;
import org.offencestats.handbook.pipeline.Pipeline;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium, the hostile-input site runs none of its payloads (each would set window.__hostile): not on load, not
 * in chart tooltips, not in search results; and no page breaks its Content-Security-Policy. A control page with an
 * inline script proves that a CSP violation does reach the console, where these tests look for it.
 */
class HostileBrowserTest {

    @TempDir
    static Path tmp;

    private static ChromeDriver driver;
    private static StaticServer server;

    @BeforeAll
    static void start() throws IOException {
        Path site = tmp.resolve("site");
        new Pipeline(HostileFixture.content(tmp), SiteFixture.TEMPLATES).build(site);
        // The control: the site's own policy, and an inline script it must refuse.
        String csp = Files.readString(site.resolve("index.html")).replaceAll("(?s).*(<meta http-equiv=\"Content-Security-Policy\"[^>]*>).*", "$1");
        assertThat(csp).startsWith("<meta http-equiv=\"Content-Security-Policy\"");
        Files.writeString(site.resolve("csp-control.html"), "<!DOCTYPE html><html lang=en><head><meta charset=utf-8>" + csp
                + "<title>control</title></head><body><script>window.__hostile = 'control';</script></body></html>");
        driver = Browser.start();
        server = new StaticServer(site);
    }

    @AfterAll
    static void stop() {
        Browser.stop(driver, server);
    }

    @Test
    void aCspViolationIsReportedToTheConsole() {
        driver.get(server.url("csp-control.html"));
        assertThat(ranPayload()).isFalse();
        assertThat(Browser.severe(driver)).anySatisfy(m -> assertThat(m).contains("Content Security Policy"));
    }

    @Test
    void noPayloadRunsOnAnyHostilePageAndNoPageBreaksItsPolicy() {
        for (String page : List.of(HostileFixture.DISCLOSURE, HostileFixture.PAGE, HostileFixture.PLATFORM, "index.html",
                "disclosures/index.html", "platforms/index.html", "data.html")) {
            driver.get(server.url(page));
            assertThat(ranPayload()).as(page).isFalse();
            assertThat(Browser.severe(driver)).as("console errors (CSP violations included) on " + page).isEmpty();
        }
    }

    @Test
    void chartTooltipsShowHostileLabelsAsText() throws IOException {
        driver.get(server.url(HostileFixture.DISCLOSURE));
        assertThat(Browser.chartsThatDidNotDraw(driver)).isEmpty();
        Object shown = ((JavascriptExecutor) driver).executeScript("""
                var shown = 0;
                document.querySelectorAll('.chart-canvas[data-chart]').forEach(function (el) {
                  var chart = echarts.getInstanceByDom(el);
                  var series = chart.getOption().series;
                  series.forEach(function (s, si) {
                    (s.data || []).forEach(function (d, di) {
                      chart.dispatchAction({type: 'showTip', seriesIndex: si, dataIndex: di});
                      shown++;
                    });
                  });
                });
                return shown;""");
        assertThat((Long) shown).isPositive();
        ((JavascriptExecutor) driver).executeScript("""
                var el = document.querySelector('.chart-canvas[data-chart]');
                el.scrollIntoView();
                echarts.getInstanceByDom(el).dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: 0});""");
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/hostile-chart-tooltip.png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        assertThat(ranPayload()).isFalse();
        assertThat(driver.findElements(By.cssSelector("hostile-tag, img[onerror], iframe"))).isEmpty();
        assertThat(Browser.severe(driver)).isEmpty();
    }

    @Test
    void searchResultsShowHostileTitlesAsText() {
        driver.get(server.url("search.html?q=Hostile"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#search-results a")).isEmpty());
        assertThat(driver.findElement(By.id("search-results")).getText()).contains("<img src=x onerror=window.__hostile=11>");
        assertThat(ranPayload()).isFalse();
        assertThat(Browser.severe(driver)).isEmpty();
    }

    private static boolean ranPayload() {
        return (Boolean) ((JavascriptExecutor) driver).executeScript("return typeof window.__hostile !== 'undefined'");
    }
}
