package org.offencestats.handbook.pipeline;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offencestats.handbook.SiteFixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 2's acceptance: the seeds build into a complete, cross-linked site with no broken link. */
class SiteBuildTest {

    @TempDir
    static Path out;

    static Path site;
    static LinkChecker links;

    @BeforeAll
    static void build() {
        site = out.resolve("site");
        new Pipeline(SiteFixture.CONTENT, SiteFixture.TEMPLATES).build(site);
        links = new LinkChecker(site);
    }

    @Test
    void everyPageKindExists() throws IOException {
        assertThat(site.resolve("index.html")).isRegularFile();
        assertThat(site.resolve("disclosures/index.html")).isRegularFile();
        assertThat(site.resolve("offences/index.html")).isRegularFile();
        assertThat(site.resolve("outcomes/index.html")).isRegularFile();
        assertThat(site.resolve("about.html")).isRegularFile();
        assertThat(echarts()).isRegularFile();
    }

    /** ECharts as published: its name holds a hash of its content. */
    private Path echarts() throws IOException {
        try (var files = Files.list(site.resolve("assets/echarts"))) {
            return files.filter(f -> f.getFileName().toString().matches("echarts-common\\.[0-9a-f]{10}\\.min\\.js")).findFirst().orElseThrow();
        }
    }

    @Test
    void onePagePerDisclosure() {
        // Request references where the text states one; the file name where it does not (000 and 001 state none).
        for (String page : List.of("1040a-22", "1148a-20", "2572-15", "wmp-2010-2014-sexual-offences-against-children-online",
                "wmp-2021-22-child-sexual-offences-by-outcome")) {
            assertThat(site.resolve("disclosures/" + page + ".html")).isRegularFile();
        }
    }

    @Test
    void onePagePerOffenceCodeTheSeedsMention() {
        // Checked by hand: the valid codes in 000's code column, 004's "88/1 and 88/2", 002's "86/2" and the
        // NN/NN codes in 003's list, plus 086/17 and others that rows map to by wording.
        for (String code : List.of("071-01", "071-08", "071-17", "073-07", "073-09", "073-13", "086-02", "086-10", "086-14",
                "086-15", "086-17", "088-01", "088-02", "088-06", "088-09", "088-10", "088-12")) {
            assertThat(site.resolve("offences/" + code + ".html")).as(code).isRegularFile();
        }
    }

    @Test
    void onePagePerOutcomeTheSeedsReport() {
        // 000's columns (1, 5, 8, 11, 14, 15, 16, 18, 20, 21), 002's rows add 10, 002's questions mention 21 and 22.
        for (String type : List.of("1", "5", "8", "10", "11", "14", "15", "16", "18", "20", "21", "22")) {
            assertThat(site.resolve("outcomes/outcome-" + type + ".html")).as(type).isRegularFile();
        }
    }

    @Test
    void everyPageHasATitleAndExactlyOneH1() throws IOException {
        List<Path> pages = links.htmlFiles();
        assertThat(pages).hasSizeGreaterThan(40);
        for (Path page : pages) {
            Document doc = links.document(page);
            assertThat(doc.title()).as(page + " title").isNotBlank();
            assertThat(doc.select("h1")).as(page + " h1").hasSize(1);
            assertThat(doc.select("html").attr("lang")).as(page + " lang").isEqualTo("en-GB");
        }
    }

    @Test
    void noInternalLinkOrFragmentIsBroken() throws IOException {
        assertThat(links.brokenLinks()).isEmpty();
    }

    @Test
    void disclosuresLinkToTheirEntitiesAndEntitiesLinkBack() {
        Document disclosure = links.document(site.resolve("disclosures/wmp-2021-22-child-sexual-offences-by-outcome.html"));
        assertThat(disclosure.select("a[href='../offences/086-02.html']")).isNotEmpty();
        assertThat(disclosure.select("a[href='../outcomes/outcome-21.html']")).isNotEmpty();

        Document offence = links.document(site.resolve("offences/086-02.html"));
        assertThat(offence.select("a[href='../disclosures/wmp-2021-22-child-sexual-offences-by-outcome.html']")).isNotEmpty();
        assertThat(offence.select("a[href='../disclosures/1040a-22.html']")).as("mentioned in 1040A/22").isNotEmpty();

        Document outcome = links.document(site.resolve("outcomes/outcome-21.html"));
        assertThat(outcome.select("a[href='../disclosures/wmp-2021-22-child-sexual-offences-by-outcome.html']")).isNotEmpty();
        assertThat(outcome.select("a[href='../disclosures/1040a-22.html']")).isNotEmpty();
    }

    @Test
    void sourcesArePublishedByteForByte() throws IOException {
        for (Path source : Files.list(SiteFixture.CONTENT.resolve("disclosures")).filter(p -> p.toString().endsWith(".txt")).toList()) {
            assertThat(Files.readAllBytes(site.resolve("sources").resolve(source.getFileName())))
                    .isEqualTo(Files.readAllBytes(source));
        }
    }

    @Test
    void echartsIsCopiedFromTheWebjar() throws IOException {
        assertThat(Files.size(echarts())).isGreaterThan(500_000);
    }
}
