package org.offencestats.handbook.render;

import org.offencestats.handbook.paths.Links;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.offencestats.handbook.SiteFixture;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.StatedFigure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search index embedded in search.html finds a disclosure by what its stated figures count, and holds the exact
 * keys (offence codes, outcome types, references) that search.js ranks first: those naming a page and those it mentions.
 */
class SearchIndexTest {

    private static JsonNode index() throws IOException {
        return new ObjectMapper().readTree(Jsoup.parse(SiteFixture.seeds().site().text(Links.search())).getElementById("search-index").data());
    }

    private static JsonNode doc(JsonNode docs, String url) {
        for (JsonNode candidate : docs) {
            if (candidate.get("u").asText().equals(url)) {
                return candidate;
            }
        }
        throw new AssertionError("no search entry for " + url);
    }

    private static List<String> list(JsonNode doc, String field) {
        List<String> out = new ArrayList<>();
        doc.get(field).forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void everyOffenceAndOutcomePageIsNamedByItsCanonicalKey() throws IOException {
        JsonNode docs = index();
        var handbook = SiteFixture.seeds().handbook();
        var offences = handbook.keysWithPages(org.offencestats.handbook.model.Dimension.OFFENCE);
        var outcomes = handbook.keysWithPages(org.offencestats.handbook.model.Dimension.OUTCOME);
        assertThat(offences).contains("086/02", "086/15");
        for (String code : offences) {
            assertThat(list(doc(docs, Links.entity(org.offencestats.handbook.model.Dimension.OFFENCE, code)), "e")).containsExactly(code);
        }
        assertThat(outcomes).contains("21", "1");
        for (String type : outcomes) {
            assertThat(list(doc(docs, Links.entity(org.offencestats.handbook.model.Dimension.OUTCOME, type)), "e"))
                    .containsExactly("outcome " + type.toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void aDisclosureIsNamedByItsReferenceAndListsTheCodesAndOutcomesItMentions() throws IOException {
        JsonNode docs = index();
        int withReference = 0;
        for (Disclosure d : SiteFixture.seeds().handbook().disclosures()) {
            JsonNode doc = doc(docs, Links.disclosure(d.slug()));
            String reference = d.meta().reference();
            if (reference == null) {
                assertThat(list(doc, "e")).as(d.slug()).isEmpty();
            } else {
                assertThat(list(doc, "e")).as(d.slug()).containsExactly(reference.toLowerCase(Locale.ROOT).replace(" ", ""));
                withReference++;
            }
            List<String> mentioned = list(doc, "m");
            assertThat(mentioned).as(d.slug()).containsAll(d.entities().offenceMentions());
            d.entities().outcomeMentions().forEach(t -> assertThat(mentioned).as(d.slug()).contains("outcome " + t.toLowerCase(Locale.ROOT)));
        }
        assertThat(withReference).as("the seeds carry references").isPositive();
        JsonNode arrests = doc(docs, Links.disclosure("1040a-22"));
        assertThat(list(arrests, "e")).containsExactly("1040a/22");
        assertThat(list(arrests, "m")).as("its questions name 86/2 and Outcome 21").contains("086/02", "outcome 21").doesNotContain("086/15");
    }

    @Test
    void theWordingOfEveryStatedFigureLeadsToItsDisclosurePage() throws IOException {
        JsonNode docs = index();
        int checked = 0;
        for (Disclosure d : SiteFixture.seeds().handbook().disclosures()) {
            JsonNode doc = null;
            for (JsonNode candidate : docs) {
                if (candidate.get("u").asText().equals(Links.disclosure(d.slug()))) {
                    doc = candidate;
                }
            }
            assertThat(doc).as("search entry of " + d.slug()).isNotNull();
            for (StatedFigure s : d.parsed().statedFigures()) {
                assertThat(doc.get("x").asText()).as(d.slug()).contains(s.wording()).contains(s.sentence());
                checked++;
            }
        }
        assertThat(checked).as("the seeds state figures in their text").isPositive();
    }
}
