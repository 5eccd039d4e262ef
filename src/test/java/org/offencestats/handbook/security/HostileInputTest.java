package org.offencestats.handbook.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offencestats.handbook.HostileFixture;
import org.offencestats.handbook.SiteFixture;
import org.offencestats.handbook.pipeline.Pipeline;
import org.offencestats.handbook.render.output.RenderedSite;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Untrusted text stays text: with hostile input in every field that reaches a page, no element or attribute from
 * the input appears in any page's DOM, no link or source has a script or data scheme, and the payloads are shown
 * to readers as the text they are.
 */
class HostileInputTest {

    /** Elements the handbook's own templates never write, so any one of them came from input. */
    private static final String FOREIGN = "hostile-tag, iframe, object, embed, img, style, base, svg:not(.chart svg), math, meta[http-equiv=refresh], "
            + "form:not([action$=search.html]), input:not(form[action$=search.html] input), button:not(form[action$=search.html] button)";
    private static final Pattern UNSAFE_URL = Pattern.compile("^(javascript|data|vbscript|file):.*", Pattern.DOTALL);
    /** Payloads as they would look if they had reached the page as markup rather than as escaped text. */
    private static final List<String> RAW_MARKUP = List.of("<script>window", "<img", "<iframe", "<svg onload", "<hostile-tag", "<b onmouseover",
            "<style>", "<a href=\"javascript", "<a href='javascript");

    @TempDir
    static Path tmp;

    private static RenderedSite site;

    @BeforeAll
    static void build() {
        site = new Pipeline(HostileFixture.content(tmp), SiteFixture.TEMPLATES).render().site();
    }

    @Test
    void noElementAttributeOrSchemeFromInputReachesAnyPage() throws Exception {
        List<String> found = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        int pages = 0;
        for (Map.Entry<String, byte[]> file : site.files().entrySet()) {
            if (!file.getKey().endsWith(".html")) {
                continue;
            }
            pages++;
            String html = new String(file.getValue(), StandardCharsets.UTF_8);
            for (String raw : RAW_MARKUP) {
                if (html.contains(raw)) {
                    found.add(file.getKey() + ": raw markup " + raw);
                }
            }
            Document doc = Jsoup.parse(html);
            doc.select(FOREIGN).forEach(e -> found.add(file.getKey() + ": element " + e.tagName()));
            for (Element script : doc.select("script")) {
                if (script.hasAttr("src")) {
                    String src = script.attr("src");
                    if (!script.data().isEmpty() || !src.matches("(\\.\\./)*assets/[a-z0-9/._-]+\\.js")) {
                        found.add(file.getKey() + ": script " + script.outerHtml());
                    }
                } else if (script.attr("type").equals("application/json")) {
                    json.readTree(script.data()); // a chart spec or search index that stayed one JSON value
                } else {
                    found.add(file.getKey() + ": inline script " + script.outerHtml());
                }
            }
            for (Element e : doc.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    String name = a.getKey().toLowerCase(Locale.ROOT);
                    String value = a.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                    if (name.startsWith("on")) {
                        found.add(file.getKey() + ": event attribute " + name + " on " + e.tagName());
                    }
                    if ((name.equals("href") || name.equals("src") || name.equals("action") || name.equals("formaction"))
                            && UNSAFE_URL.matcher(value).matches()) {
                        found.add(file.getKey() + ": unsafe " + name + "=" + a.getValue());
                    }
                }
            }
        }
        assertThat(pages).isGreaterThan(100);
        assertThat(found).isEmpty();
    }

    @Test
    void payloadsAreShownAsText() {
        Document disclosure = Jsoup.parse(site.text(HostileFixture.DISCLOSURE));
        assertThat(disclosure.selectFirst("h1").text()).contains("<img src=x onerror=window.__hostile=11> Hostile fixture: \"quotes\" & <b>markup</b>");
        assertThat(disclosure.text()).contains("<script>window.__hostile=1</script>").contains("<hostile-tag>tag</hostile-tag>")
                .contains("&lt;b&gt;not bold&lt;/b&gt; &amp;").contains("<iframe src=\"javascript:window.__hostile=6\"></iframe>")
                .contains("<script>window.__hostile=17</script> what")
                .contains("javascript:window.__hostile=13");
        assertThat(disclosure.select("table").text()).contains("<script>window.__hostile=3</script>");
        // Invisible and direction characters stay in the text as published (jsoup's text() drops zero-width ones).
        assertThat(site.text(HostileFixture.DISCLOSURE)).contains("Zero\u200bwidth and \u202eright-to-left\u202c label");
        Document platform = Jsoup.parse(site.text(HostileFixture.PLATFORM));
        assertThat(platform.selectFirst("h1").text()).isEqualTo("<script>window.__hostile=30</script>Hostile platform");
        assertThat(site.text("sources/hostile.txt")).isEqualTo(new String(site.files().get("sources/hostile.txt"), StandardCharsets.UTF_8))
                .contains("<script>window.__hostile=99</script>");
    }

    @Test
    void markdownKeepsSafeLinksAndDropsTheRest() {
        Document page = Jsoup.parse(site.text(HostileFixture.PAGE));
        assertThat(page.select("main a[href=https://example.org/]").text()).isEqualTo("fine link");
        assertThat(page.select("main a[href=data.html]").text()).isEqualTo("relative");
        for (String text : List.of("a javascript link", "mixed case", "data", "ref link")) {
            assertThat(page.select("main a:containsOwn(" + text + ")")).as(text).allSatisfy(a -> assertThat(a.hasAttr("href")).isFalse());
        }
        assertThat(page.select("main").text()).contains("<script>window.__hostile=20</script>").contains("<iframe src=\"https://example.org\"></iframe>");
    }
}
