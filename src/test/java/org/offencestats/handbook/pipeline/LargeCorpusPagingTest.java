package org.offencestats.handbook.pipeline;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offencestats.handbook.SiteFixture;
import org.offencestats.handbook.bench.CorpusGenerator;
import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.model.EntityKey;
import org.offencestats.handbook.model.EntityRef;
import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.paths.Links;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entity pages stay bounded when an entity appears in many disclosures: a generated corpus of 230 disclosures puts
 * some offence codes in over a hundred of them. Each is split over numbered pages of at most 20 disclosures, every
 * disclosure appears on exactly one page, and the pagers link them all.
 */
class LargeCorpusPagingTest {

    private static final int DISCLOSURES = 230;

    @TempDir
    static Path tmp;

    private static Handbook handbook;
    private static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path content = new CorpusGenerator(7).write(tmp.resolve("content"), DISCLOSURES);
        site = tmp.resolve("site");
        handbook = new Pipeline(content, SiteFixture.TEMPLATES).build(site).handbook();
    }

    @Test
    void everyEntityWithManyDisclosuresIsSplitAndEachDisclosureAppearsOnExactlyOnePage() throws IOException {
        int split = 0;
        for (Map.Entry<EntityKey, List<EntityRef>> entry : handbook.figures().entrySet()) {
            String first = Links.entity(entry.getKey());
            if (first == null) {
                continue;
            }
            Set<String> expected = new TreeSet<>();
            entry.getValue().forEach(r -> expected.add("../" + Links.disclosure(r.disclosureSlug())));
            int pages = (expected.size() + 19) / 20;
            int mentionPages = (handbook.mentions().getOrDefault(entry.getKey(), new TreeSet<>()).size() + 199) / 200;
            pages = Math.max(1, Math.max(pages, mentionPages));
            List<String> seen = new ArrayList<>();
            for (int n = 1; n <= pages; n++) {
                Path file = site.resolve(Links.numbered(first, n));
                assertThat(file).as(first + " page " + n).isRegularFile();
                Document page = Jsoup.parse(file.toFile(), "UTF-8");
                List<Element> groups = page.select("#figures-h ~ .disclosure-group");
                assertThat(groups).as(first + " page " + n).hasSizeLessThanOrEqualTo(20);
                for (Element g : groups) {
                    String href = g.selectFirst("h3 a").attr("href");
                    seen.add(n == 1 ? "../" + href.replaceFirst("^\\.\\./", "") : href.replaceFirst("^\\.\\./", ""));
                }
                if (pages > 1) {
                    assertThat(page.select("nav.pager")).as(first + " page " + n + " pagers").hasSize(2);
                    assertThat(page.select("nav.pager [aria-current=page]").text()).contains(String.valueOf(n));
                    assertThat(page.title()).contains(n == 1 ? "" : "(page " + n + " of " + pages + ")");
                }
            }
            assertThat(site.resolve(Links.numbered(first, pages + 1))).doesNotExist();
            assertThat(seen).as(first).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
            if (pages > 1) {
                split++;
            }
        }
        assertThat(split).as("entities split over several pages").isGreaterThan(5);
    }

    @Test
    void noPageGrowsWithTheCorpus() throws IOException {
        try (var files = Files.walk(site)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                if (!p.toString().endsWith("search.html")) {
                    assertThat(Files.size(p)).as(site.relativize(p).toString()).isLessThan(1_500_000);
                }
            }
        }
    }

    @Test
    void theDisclosureListIsSplitAndComplete() {
        Set<String> listed = new TreeSet<>();
        int pages = (DISCLOSURES + 199) / 200;
        assertThat(pages).isEqualTo(2);
        for (int n = 1; n <= pages; n++) {
            Path file = site.resolve(Links.numbered(Links.disclosures(), n));
            Document page;
            try {
                page = Jsoup.parse(file.toFile(), "UTF-8");
            } catch (IOException e) {
                throw new AssertionError(file + " missing", e);
            }
            page.select("ul.summaries > li > a").forEach(a -> listed.add(a.attr("href").replaceAll("^(\\.\\./)+", "")));
            assertThat(page.select("nav.pager a[rel=" + (n == 1 ? "next" : "prev") + "]")).hasSize(2);
        }
        assertThat(listed).hasSize(DISCLOSURES);
        handbook.disclosures().forEach(d -> assertThat(listed).contains(Links.disclosure(d.slug())));
    }

    @Test
    void splitPagesAreValidHtml() throws Exception {
        nu.validator.client.EmbeddedValidator validator = new nu.validator.client.EmbeddedValidator();
        validator.setOutputFormat(nu.validator.client.EmbeddedValidator.OutputFormat.GNU);
        List<String> errors = new ArrayList<>();
        List<Path> pages = List.of(site.resolve(Links.numbered(Links.entity(Dimension.OFFENCE, "086/02"), 1)), site.resolve(Links.numbered(Links.entity(Dimension.OFFENCE, "086/02"), 2)),
                site.resolve(Links.numbered(Links.disclosures(), 2)));
        for (Path page : pages) {
            assertThat(page).isRegularFile();
            for (String line : validator.validate(Files.newInputStream(page)).split("\n")) {
                if (line.contains("error:") || line.contains("fatal")) {
                    errors.add(site.relativize(page) + ": " + line);
                }
            }
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void noInternalLinkIsBroken() throws IOException {
        assertThat(new LinkChecker(site).brokenLinks()).isEmpty();
    }
}
