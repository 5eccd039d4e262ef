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

import static org.assertj.core.api.Assertions.assertThat;

/** The search index embedded in search.html finds a disclosure by what its stated figures count. */
class SearchIndexTest {

    @Test
    void theWordingOfEveryStatedFigureLeadsToItsDisclosurePage() throws IOException {
        String html = SiteFixture.seeds().site().text(Links.search());
        JsonNode docs = new ObjectMapper().readTree(Jsoup.parse(html).getElementById("search-index").data());
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
