package org.offencestats.handbook.render;

import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.paths.Links;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offencestats.handbook.SiteFixture;
import org.offencestats.handbook.TestFiles;
import org.offencestats.handbook.pipeline.Pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** An editorial correction in a sidecar changes the link, and the site shows it as a correction, source untouched. */
class CorrectionsPageTest {

    @TempDir
    Path tmp;

    @Test
    void aCorrectionIsAppliedAndShownAsACorrection() throws IOException {
        Path content = TestFiles.copyTree(SiteFixture.CONTENT, tmp.resolve("content"));
        Path sidecar = content.resolve("disclosures/wmp-2021-22-child-sexual-offences-by-outcome.yml");
        String yaml = Files.readString(sidecar).replace("corrections: []", """
                corrections:
                  - date: 2026-11-24
                    table: 1
                    row: "Possess an extreme image portraying sexual assault by penetration"
                    offence_code: "086/16"
                    what: "Linked the row to 086/16."
                    why: "A test of corrections: the handbook shows every correction as one."
                """);
        assertThat(yaml).contains("offence_code");
        Files.writeString(sidecar, yaml);
        var result = new Pipeline(content, SiteFixture.TEMPLATES).render();

        Document page = Jsoup.parse(result.site().text(Links.disclosure("wmp-2021-22-child-sexual-offences-by-outcome")));
        assertThat(page.select(".corrections").text()).contains("2026-11-24").contains("Linked the row to 086/16.")
                .contains("A test of corrections");
        assertThat(page.select("#table-1 a[href='../offences/086-16.html']")).isNotEmpty();
        assertThat(page.select("#table-1").text()).contains("Linked by an editorial correction");
        Document offence = Jsoup.parse(result.site().text(Links.entity(Dimension.OFFENCE, "086/16")));
        assertThat(offence.text()).contains("Linked by an editorial correction");
        Document log = Jsoup.parse(result.site().text(Links.corrections()));
        assertThat(log.select("main tbody tr")).hasSize(1);
        assertThat(log.select("main tbody tr").text()).contains("2026-11-24").contains("Table 1, row “Possess an extreme image portraying sexual assault by penetration”")
                .contains("Linked the row to 086/16.").contains("A test of corrections");
        assertThat(log.select("main tbody a").attr("href")).isEqualTo(Links.disclosure("wmp-2021-22-child-sexual-offences-by-outcome"));
        assertThat(Jsoup.parse(SiteFixture.seeds().site().text(Links.corrections())).text()).contains("No corrections have been recorded yet.");
        assertThat(result.site().files().get("sources/wmp-2021-22-child-sexual-offences-by-outcome.txt"))
                .isEqualTo(Files.readAllBytes(SiteFixture.CONTENT.resolve("disclosures/wmp-2021-22-child-sexual-offences-by-outcome.txt")));
    }
}
