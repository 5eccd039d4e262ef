package org.offencestats.handbook.render;

import org.offencestats.handbook.render.output.RenderedSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.offencestats.handbook.SiteFixture;
import org.offencestats.handbook.pipeline.Pipeline;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** sitemap.xml, the Atom feed, robots.txt, canonical URLs and social metadata follow the base URL setting. */
class SiteFilesTest {

    private static final String BASE = "https://example.org/handbook/";

    @Test
    void withABaseUrlTheSiteHasASitemapAFeedAndCanonicalUrls() {
        RenderedSite site = new Pipeline(SiteFixture.CONTENT, SiteFixture.TEMPLATES, "https://example.org/handbook").render().site();
        Document sitemap = Jsoup.parse(site.text("sitemap.xml"), "", Parser.xmlParser());
        List<String> locs = sitemap.select("url > loc").eachText();
        long pages = site.files().keySet().stream().filter(p -> p.endsWith(".html") && !p.equals("404.html")).count();
        assertThat(locs).hasSize((int) pages).contains(BASE, BASE + "offences/086-02.html").allMatch(l -> l.startsWith(BASE));

        Document feed = Jsoup.parse(site.text("feed.xml"), "", Parser.xmlParser());
        assertThat(feed.select("feed > entry")).hasSize(5);
        assertThat(feed.select("feed > entry > link[rel=alternate]").eachAttr("href")).contains(BASE + "disclosures/1040a-22.html");
        assertThat(feed.select("feed > updated").text()).matches("\\d{4}-\\d{2}-\\d{2}T00:00:00Z");
        assertThat(site.text("robots.txt")).contains("Sitemap: " + BASE + "sitemap.xml");

        Document page = Jsoup.parse(site.text("offences/086-02.html"));
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "offences/086-02.html");
        assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo(BASE + "offences/086-02.html");
        assertThat(page.select("meta[property=og:title]").attr("content")).startsWith("086/02");
        assertThat(page.select("link[rel=alternate][type=application/atom+xml]")).isNotEmpty();
        assertThat(page.select("a[href^=https://example.org]")).as("links between pages stay relative").isEmpty();
        assertThat(Jsoup.parse(site.text("404.html")).select("link[rel=stylesheet]").attr("href")).matches("/handbook/assets/site\\.[0-9a-f]{10}\\.css");
    }

    @Test
    void withoutABaseUrlThereAreNoAbsoluteUrls() {
        RenderedSite site = SiteFixture.seeds().site();
        assertThat(site.files()).doesNotContainKeys("sitemap.xml", "feed.xml").containsKeys("robots.txt", "404.html", "search.html");
        assertThat(site.text("robots.txt")).doesNotContain("Sitemap");
        Document page = Jsoup.parse(site.text("index.html"));
        assertThat(page.select("link[rel=canonical]")).isEmpty();
        assertThat(page.select("meta[name=description]").attr("content")).isNotBlank();
    }
}
