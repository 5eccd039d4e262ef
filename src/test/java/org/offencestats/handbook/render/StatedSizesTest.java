package org.offencestats.handbook.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.offencestats.handbook.SiteFixture;
import org.offencestats.handbook.render.view.Format;

import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every download size a page states ("CSV, 2.4 KB", "JSON (840 bytes)") is the size of the file its link leads to.
 * The sizes are worked out once and kept (per table, per disclosure) apart from the bytes that are written: this holds
 * them together on every page of the seeds, entity pages and their charts included.
 */
class StatedSizesTest {

    private static final Pattern SIZE = Pattern.compile("\\((?:CSV, |CSV in gzip, |JSON, )?(\\d[\\d.]* (?:bytes?|KB|MB))\\)");

    @Test
    void everyStatedDownloadSizeIsTheLinkedFilesLength() {
        Map<String, byte[]> files = SiteFixture.seeds().site().files();
        int checked = 0;
        int onEntityPages = 0;
        for (Map.Entry<String, byte[]> page : files.entrySet()) {
            if (!page.getKey().endsWith(".html")) {
                continue;
            }
            String html = new String(page.getValue(), java.nio.charset.StandardCharsets.UTF_8);
            for (Element a : Jsoup.parse(html).select("a[href]")) {
                Matcher m = SIZE.matcher(a.text());
                String href = a.attr("href");
                if (!m.find() || href.startsWith("http") || href.startsWith("#")) {
                    continue;
                }
                String target = URI.create("https://site/" + page.getKey()).resolve(href).getPath().substring(1);
                assertThat(files).as(page.getKey() + " links " + href).containsKey(target);
                assertThat(m.group(1)).as(page.getKey() + ": " + a.text()).isEqualTo(Format.size(files.get(target).length));
                checked++;
                onEntityPages += page.getKey().matches("(offences|outcomes|platforms|age-bands|periods)/.*") ? 1 : 0;
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(onEntityPages).as("sizes on entity pages").isGreaterThan(20);
    }
}
