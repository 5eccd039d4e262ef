package org.offencestats.handbook.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offencestats.handbook.SiteFixture;
import org.offencestats.handbook.pipeline.Pipeline;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables at 320, 390 and 1280 px in Chromium (issue 17): the page body never scrolls sideways, only a table's own
 * focusable, named scroll box does; its label column comes first and stays in view when the box scrolls; a tall
 * table's header row stays in view; no code column comes first; the first view of a table shows a label and a number;
 * numbers are right-aligned in tabular figures; the field table of data.html wraps its prose.
 */
class TablesBrowserTest {

    /** Problems of every table on the page, measured in the page; also how many sticky and tall checks ran. */
    private static final String PROBE = """
            const out = {problems: [], stickyLeft: 0, stickyTop: 0};
            const p = m => out.problems.push(m);
            const near = (a, b) => Math.abs(a - b) <= 1.5;
            const doc = document.documentElement;
            if (doc.scrollWidth > doc.clientWidth) p('the page scrolls sideways: ' + doc.scrollWidth + ' > ' + doc.clientWidth);
            if (document.querySelector('td.code')) p('a code column is still there');
            document.querySelectorAll('.table-scroll').forEach((box, i) => {
              const where = 'table box ' + (i + 1);
              const name = box.getAttribute('aria-label') || (box.getAttribute('aria-labelledby') || '').split(' ')
                  .map(id => (document.getElementById(id) || {}).textContent || '').join(' ');
              if (box.tabIndex !== 0 || box.getAttribute('role') !== 'region' || !name.trim()) p(where + ': not a focusable named region');
              const table = box.querySelector('table.data');
              if (!table) return;
              const row = table.tBodies[0].rows[0];
              const first = row.cells[0];
              if (first.tagName !== 'TH' || !first.textContent.trim()) p(where + ': its first cell is not the row label');
              const head = table.tHead.rows[table.tHead.rows.length - 1].cells[0];
              if (/code/i.test(head.textContent)) p(where + ': its first column is the code');
              const bg = getComputedStyle(first).backgroundColor;
              if (getComputedStyle(first).position !== 'sticky' || bg === 'rgba(0, 0, 0, 0)' || bg === 'transparent') p(where + ': label column not sticky and opaque');
              const boxRect = box.getBoundingClientRect();
              const number = table.querySelector('tbody td.number');
              if (number) {
                const s = getComputedStyle(number);
                if (s.textAlign !== 'right' || !s.fontVariantNumeric.includes('tabular-nums')) p(where + ': numbers not right-aligned in tabular figures');
              }
              const firstTd = row.querySelector('td');
              if (table.closest('.data-table, .figure-block') && firstTd && firstTd.getBoundingClientRect().right > boxRect.right + 1)
                p(where + ': the first view shows no number (' + firstTd.getBoundingClientRect().right + ' > ' + boxRect.right + ') ' + first.getBoundingClientRect().width + ' ' + firstTd.getBoundingClientRect().width + ' ' + JSON.stringify(table.tHead.rows[table.tHead.rows.length - 1].cells[1].textContent.trim()) + JSON.stringify(firstTd.textContent));
              if (box.scrollWidth > box.clientWidth + 1) {
                box.scrollLeft = box.scrollWidth;
                if (!near(first.getBoundingClientRect().left, box.getBoundingClientRect().left)) p(where + ': label column scrolled away');
                box.scrollLeft = 0;
                out.stickyLeft++;
              }
              const tall = table.tBodies[0].rows.length > 12;
              if (tall !== box.classList.contains('tall')) p(where + ': tall class ' + box.classList.contains('tall') + ' for ' + table.tBodies[0].rows.length + ' rows');
              if (tall) {
                if (box.scrollHeight <= box.clientHeight) p(where + ': a tall table does not scroll in its box');
                box.scrollTop = box.scrollHeight / 2;
                const th = table.tHead.rows[table.tHead.rows.length - 1].cells[1];
                if (!near(th.getBoundingClientRect().top, box.getBoundingClientRect().top)) p(where + ': header row scrolled away');
                box.scrollTop = 0;
                out.stickyTop++;
              }
            });
            return out;
            """;

    @TempDir
    static Path out;

    static Path site;
    static ChromeDriver driver;
    static StaticServer server;

    @BeforeAll
    static void start() {
        driver = Browser.start();
        site = out.resolve("site");
        new Pipeline(SiteFixture.CONTENT, SiteFixture.TEMPLATES, null).build(site);
        server = new StaticServer(site);
    }

    @AfterAll
    static void stop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        Browser.stop(driver, server);
    }

    private void width(int w) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", w, "height", 800, "deviceScaleFactor", 1, "mobile", w < 600));
    }

    private static List<String> pages() throws IOException {
        List<String> pages = new ArrayList<>();
        try (Stream<Path> walk = Files.list(site.resolve("disclosures"))) {
            walk.map(p -> "disclosures/" + p.getFileName()).filter(p -> p.endsWith(".html")).sorted().forEach(pages::add);
        }
        pages.addAll(List.of("offences/086-02.html", "offences/088-01.html", "outcomes/outcome-21.html", "periods/2015.html",
                "platforms/facebook.html", "data.html", "search.html", "404.html", "index.html"));
        return pages;
    }

    @Test
    @SuppressWarnings("unchecked")
    void tablesReadAtPhoneAndDesktopWidthsWithoutThePageScrollingSideways() throws IOException {
        List<String> problems = new ArrayList<>();
        long stickyLeft = 0;
        long stickyTop = 0;
        for (int w : List.of(320, 390, 1280)) {
            width(w);
            for (String page : pages()) {
                driver.get(server.url(page));
                Map<String, Object> result = (Map<String, Object>) driver.executeScript(PROBE);
                ((List<String>) result.get("problems")).forEach(m -> problems.add(page + " at " + w + " px: " + m));
                stickyLeft += ((Number) result.get("stickyLeft")).longValue();
                stickyTop += ((Number) result.get("stickyTop")).longValue();
            }
        }
        assertThat(problems).isEmpty();
        assertThat(stickyLeft).as("tables wider than their box were scrolled sideways").isPositive();
        assertThat(stickyTop).as("tall tables were scrolled down").isPositive();
        width(390);
        driver.get(server.url("disclosures/wmp-2021-22-child-sexual-offences-by-outcome.html"));
        driver.executeScript("document.getElementById('table-1').scrollIntoView()");
        Path dir = Path.of("target/screenshots/phone");
        Files.createDirectories(dir);
        Files.write(dir.resolve("table-2021-22.png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void theCodeAsPublishedIsALineUnderTheLabel() {
        width(1280);
        driver.get(server.url("disclosures/wmp-2021-22-child-sexual-offences-by-outcome.html"));
        Object lines = driver.executeScript("""
                return [...document.querySelectorAll('#table-1 tbody th[scope=row]')].map(th => {
                  const line = th.querySelector('.code-line');
                  return line ? getComputedStyle(line).display + '|' + line.textContent.trim() : 'none';
                });""");
        assertThat((List<?>) lines).isNotEmpty().allSatisfy(l -> assertThat(l.toString()).startsWith("block|Code as published: "))
                .anySatisfy(l -> assertThat(l.toString()).matches("block\\|Code as published: \\d{3}/\\d{2}"));
    }

    @Test
    void theDataPageFieldTableWrapsItsProseLeftAligned() {
        for (int w : List.of(390, 1280)) {
            width(w);
            driver.get(server.url("data.html"));
            Object result = driver.executeScript("""
                    const cell = document.querySelector('table.fields td.text');
                    const box = document.querySelector('table.fields').closest('.table-scroll');
                    const s = getComputedStyle(cell);
                    return [s.textAlign, s.whiteSpace, box.scrollWidth <= box.clientWidth + 1, cell.getBoundingClientRect().height > 2 * parseFloat(s.lineHeight)];""");
            List<?> r = (List<?>) result;
            assertThat(r.get(0)).as("prose aligned at " + w).isEqualTo("left");
            assertThat(r.get(1)).as("prose wraps at " + w).isEqualTo("normal");
            if (w == 1280) {
                assertThat(r.get(2)).as("the field table fits a desktop column, not clipped").isEqualTo(true);
            } else {
                assertThat(r.get(3)).as("a long description wraps over lines on a phone").isEqualTo(true);
            }
        }
    }
}
