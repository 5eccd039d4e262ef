package org.offencestats.handbook.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offencestats.handbook.SiteFixture;
import org.offencestats.handbook.pipeline.Pipeline;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search ranks exact codes, outcome types and references first, in Chromium; the 404 page a host serves for a missing
 * address deep in a folder has links, stylesheet and scripts that all lead to files of the site (issue 17).
 */
class SearchAndNotFoundBrowserTest {

    @TempDir
    static Path out;

    static ChromeDriver driver;
    static StaticServer server;

    @BeforeAll
    static void start() {
        driver = Browser.start();
        Path site = out.resolve("site");
        new Pipeline(SiteFixture.CONTENT, SiteFixture.TEMPLATES, "https://example.org/handbook/").build(site);
        server = new StaticServer(site, "/handbook/", true);
    }

    @AfterAll
    static void stop() {
        Browser.stop(driver, server);
    }

    private static List<String> results(String query) {
        driver.get(server.url("search.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        List<String> hrefs = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            List<String> found = d.findElements(By.cssSelector("#search-results a")).stream().map(a -> a.getAttribute("href")).toList();
            return found.isEmpty() ? null : found;
        });
        return hrefs.stream().map(h -> h.substring(h.indexOf("/handbook/") + "/handbook/".length())).toList();
    }

    private static int rank(List<String> results, String page) {
        int i = results.indexOf(page);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    @Test
    void aCodeInAnyWrittenFormListsItsOffenceThenTheDisclosuresThatNameIt() {
        for (String query : List.of("86/2", "086/02", "86/02", "code 86/2")) {
            List<String> results = results(query);
            assertThat(results.get(0)).as(query).isEqualTo("offences/086-02.html");
            int disclosure = rank(results, "disclosures/1040a-22.html");
            assertThat(disclosure).as(query + ": the disclosure that asks about 86/2 is listed").isLessThan(Integer.MAX_VALUE);
            for (String other : List.of("offences/086-15.html", "offences/086-17.html")) {
                assertThat(rank(results, other)).as(query + ": " + other + " after the exact matches").isGreaterThan(disclosure);
            }
        }
    }

    @Test
    void anOutcomeTypeAndAReferenceListTheirOwnPageFirst() {
        List<String> outcome = results("outcome 21");
        assertThat(outcome.get(0)).isEqualTo("outcomes/outcome-21.html");
        assertThat(rank(outcome, "outcomes/outcome-1.html")).as("Outcome 1 after the pages that name outcome 21")
                .isGreaterThan(rank(outcome, "disclosures/1040a-22.html"));
        assertThat(results("Outcome 21").get(0)).isEqualTo("outcomes/outcome-21.html");
        assertThat(results("2572/15").get(0)).isEqualTo("disclosures/2572-15.html");
        assertThat(results("FOI 1040A-22").get(0)).isEqualTo("disclosures/1040a-22.html");
        assertThat(results("indecent photographs")).as("words still find by fuzzy match").contains("offences/086-02.html");
    }

    @Test
    void theNotFoundPageServedDeepInAFolderLeadsOnlyToFilesOfTheSite() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        for (String missing : List.of("offences/missing/deeper.html", "a/b/c", "nope.html")) {
            String address = server.url(missing);
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(missing).isEqualTo(404);
            assertThat(page.body()).contains("Page not found");
            driver.get(address);
            @SuppressWarnings("unchecked")
            List<String> targets = (List<String>) driver.executeScript("""
                    return [...document.querySelectorAll('a[href]:not([href^="#"]), link[href], script[src]')]
                      .map(e => e.href || e.src).filter(u => u.startsWith(location.origin)).map(u => u.split('#')[0]);""");
            assertThat(targets).as(missing + ": links, stylesheet and scripts").hasSizeGreaterThan(10);
            List<String> broken = new ArrayList<>();
            for (String target : targets.stream().distinct().toList()) {
                int status = http.send(HttpRequest.newBuilder(URI.create(target)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 200 || !target.contains("/handbook/")) {
                    broken.add(target + " (" + status + ")");
                }
            }
            assertThat(broken).as(missing).isEmpty();
            Object styled = driver.executeScript("return getComputedStyle(document.querySelector('.site-header')).borderBottomStyle;");
            assertThat(styled).as(missing + ": the stylesheet applies").isEqualTo("solid");
        }
    }
}
