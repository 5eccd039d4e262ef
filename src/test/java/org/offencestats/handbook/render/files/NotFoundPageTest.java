package org.offencestats.handbook.render.files;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.offencestats.handbook.SiteFixture;
import org.offencestats.handbook.pipeline.Pipeline;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 404.html is served for a missing address in any folder, so none of its links may be relative: they start from the
 * base URL's path, or from "/" when no base URL is set (issue 17).
 */
class NotFoundPageTest {

    private static List<String> targets(Document page) {
        List<String> out = new ArrayList<>(page.select("a[href]").eachAttr("href"));
        out.addAll(page.select("link[href]").eachAttr("href"));
        out.addAll(page.select("script[src]").eachAttr("src"));
        out.addAll(page.select("form[action]").eachAttr("action"));
        out.removeIf(h -> h.startsWith("#") || h.startsWith("https://"));
        return out;
    }

    @Test
    void withABaseUrlEveryLinkStartsFromItsPath() {
        var site = new Pipeline(SiteFixture.CONTENT, SiteFixture.TEMPLATES, "https://example.org/handbook/").render().site();
        List<String> links = targets(Jsoup.parse(site.text("404.html")));
        assertThat(links).hasSizeGreaterThan(10).allMatch(h -> h.startsWith("/handbook/"), "starts with /handbook/")
                .contains("/handbook/index.html", "/handbook/offences/index.html", "/handbook/about.html", "/handbook/search.html");
        assertThat(links).anyMatch(h -> h.matches("/handbook/assets/site\\.[0-9a-f]{10}\\.css"));
    }

    @Test
    void withoutABaseUrlEveryLinkStartsFromTheRoot() {
        List<String> links = targets(Jsoup.parse(SiteFixture.seeds().site().text("404.html")));
        assertThat(links).hasSizeGreaterThan(10).allMatch(h -> h.startsWith("/") && !h.startsWith("//"), "starts with /")
                .contains("/index.html", "/disclosures/index.html", "/glossary.html");
    }

    @Test
    void theRootPathIsTheBaseUrlsPathEndingInASlash() {
        assertThat(NotFoundPage.rootPath(null)).isEqualTo("/");
        assertThat(NotFoundPage.rootPath("https://example.org")).isEqualTo("/");
        assertThat(NotFoundPage.rootPath("https://example.org/")).isEqualTo("/");
        assertThat(NotFoundPage.rootPath("https://example.org/handbook")).isEqualTo("/handbook/");
        assertThat(NotFoundPage.rootPath("https://example.github.io/a/b/")).isEqualTo("/a/b/");
    }
}
