package org.offencestats.handbook.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.offencestats.handbook.SiteFixture;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.paths.Links;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reader text only: no page of the seeds' site shows words meant for maintainers ("seed", repository names, file
 * slugs), doubled punctuation, or a lede cut short. The checker itself is shown to fail on crafted text.
 */
class ReaderTextAuditTest {

    private final Handbook handbook = SiteFixture.seeds().handbook();
    private final Map<String, byte[]> files = SiteFixture.seeds().site().files();

    @Test
    void noPageShowsMaintainerWordsSlugsOrDoubledPunctuation() {
        Set<String> slugs = new TreeSet<>();
        handbook.disclosures().forEach(d -> slugs.add(d.slug()));
        List<String> findings = new ArrayList<>();
        int pages = 0;
        for (Map.Entry<String, byte[]> file : new java.util.TreeMap<>(files).entrySet()) {
            if (!file.getKey().endsWith(".html")) {
                continue;
            }
            String path = file.getKey();
            Set<String> forbidden = new TreeSet<>(slugs);
            String own = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.html$", "");
            forbidden.add(own);
            for (String text : ReaderText.texts(new String(file.getValue(), StandardCharsets.UTF_8))) {
                ReaderText.findings(text, forbidden).forEach(f -> findings.add(path + ": " + f));
            }
            pages++;
        }
        assertThat(pages).isGreaterThan(100);
        assertThat(findings.stream().distinct().toList()).isEmpty();
    }

    @Test
    void disclosureLedesAndDescriptionsAreNeverCutMidWord() {
        for (Disclosure d : handbook.disclosures()) {
            Document doc = Jsoup.parse(new String(files.get(Links.disclosure(d.slug())), StandardCharsets.UTF_8));
            String full = d.meta().subject() != null ? d.meta().subject() : d.title();
            String lede = doc.selectFirst("p.lede").text();
            assertThat(full).as(d.slug()).startsWith(lede.replaceFirst("…$", ""));
            assertThat(ReaderText.cutShort(lede, full)).as(d.slug()).isEmpty();
            assertThat(ReaderText.cutShort(doc.select("meta[name=description]").attr("content"), full)).as(d.slug()).isEmpty();
            assertThat(doc.select("nav.breadcrumbs").text()).as(d.slug()).doesNotContain(d.slug()).doesNotContainPattern("\\p{L}…");
        }
    }

    @Test
    void theCheckerFindsEachKindOfMaintainerText() {
        Set<String> slugs = Set.of("wmp-2021-22-child-sexual-offences-by-outcome", "instagram");
        assertThat(ReaderText.findings("As Seed 003's list names it.", slugs)).singleElement().asString().contains("maintainer word");
        assertThat(ReaderText.findings("Taken from the seeds.", slugs)).hasSize(1);
        assertThat(ReaderText.findings("Source: Ministry of Justice list (ministryofjustice/hmpps-manage-offences-api).", slugs))
                .anySatisfy(f -> assertThat(f).contains("repository name"));
        assertThat(ReaderText.findings("see github.com/ONSdigital/dp-hierarchy-builder", slugs)).isNotEmpty();
        assertThat(ReaderText.findings("Home Disclosures wmp-2021-22-child-sexual-offences-by-outcome", slugs))
                .singleElement().asString().contains("file slug");
        assertThat(ReaderText.findings("detailed in the table below..", slugs)).singleElement().asString().contains("doubled punctuation");
        assertThat(ReaderText.findings("read as 2a. .", slugs)).hasSize(1);
        assertThat(ReaderText.findings("one,, two;; three:: four", slugs)).hasSize(3);
        // Not findings: a word containing "seed", an ellipsis, a URL holding a slug, a slug word with no hyphen, decimals.
        assertThat(ReaderText.findings("Seedless grapes… and so on... Instagram, 1.5 and 2,500.", slugs)).isEmpty();
        assertThat(ReaderText.findings("https://example.org/disclosures/wmp-2021-22-child-sexual-offences-by-outcome.html", slugs)).isEmpty();
    }

    @Test
    void theCheckerFindsLedesCutShort() {
        String full = "How many sexual offences by adults against children under 16 were recorded.";
        assertThat(ReaderText.cutShort("How many sexual offences by adu…", full)).singleElement().asString().contains("mid-word");
        assertThat(ReaderText.cutShort("How many sexual offences by adu", full)).isNotEmpty();
        assertThat(ReaderText.cutShort("How many sexual offences by,…", "How many sexual offences by, adults")).isNotEmpty();
        assertThat(ReaderText.cutShort("How many sexual offences by adults…", full)).isEmpty();
        assertThat(ReaderText.cutShort(full, full)).isEmpty();
    }

    @Test
    void theForcesOwnWordsAreLeftOutButEverythingElseIsRead() {
        String html = "<html><head><title>T</title><meta name=description content=\"Cut at seed\"></head><body>"
                + "<p class=\"passage\">The force wrote this.. as published</p><script>var seed = 1;</script>"
                + "<p hidden>seed</p><p>Our words..</p></body></html>";
        List<String> texts = ReaderText.texts(html);
        assertThat(texts).contains("Cut at seed", "Our words..");
        assertThat(String.join(" ", texts)).doesNotContain("The force wrote").doesNotContain("var seed");
    }
}
