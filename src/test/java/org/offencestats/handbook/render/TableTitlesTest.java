package org.offencestats.handbook.render;

import org.junit.jupiter.api.Test;
import org.offencestats.handbook.SiteFixture;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.paths.Links;
import org.offencestats.handbook.render.figures.TableTitles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A caption that only points at the table gives way to a title made from the table; the force's words stay in the response. */
class TableTitlesTest {

    private final Handbook handbook = SiteFixture.seeds().handbook();

    @Test
    void anInstructionIsNotATitle() {
        assertThat(TableTitles.isInstruction("Please note all outcomes for this offence detailed in the table below.")).isTrue();
        assertThat(TableTitles.isInstruction("See table below")).isTrue();
        assertThat(TableTitles.isInstruction("Sexual offences with Grooming referenced in the MO")).isFalse();
        assertThat(TableTitles.isInstruction("Count of specified offences where all of the following conditions apply")).isFalse();
    }

    /** The pattern as it stood before the quick pre-check (issue 19): the pre-check never changes a verdict. */
    @Test
    void theQuickPreCheckGivesThePatternsVerdict() {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(
                "(?i)^(please (note|see|find)|see (the )?(table|below|attached)|the table below|below (is|are))\\b.*|.*\\b(in|see) the table below\\b.*");
        java.util.List<String> captions = new java.util.ArrayList<>();
        for (String start : java.util.List.of("", "PLEASE NOTE", "Please find", "please  note", "See The Table", "see attached",
                "SEE BELOW", "The Table Below", "Below are", "below is", "Pleasenote", "seen below", "İn the table below", "\u212Aey")) {
            for (String rest : java.util.List.of("", " the figures", ":", " in the table below.", " (see the table below)",
                    " in the table belowx", "\nin the table below", " ın the table below", " IN THE TABLE BELOW", " the table\u00a0below")) {
                captions.add(start + rest);
                captions.add("  " + start + rest + " ");
            }
        }
        for (String caption : captions) {
            assertThat(TableTitles.isInstruction(caption)).as(caption).isEqualTo(pattern.matcher(caption.strip()).matches());
        }
        assertThat(captions.stream().filter(TableTitles::isInstruction).count()).isGreaterThan(50);
    }

    @Test
    void the1040aTableIsTitledFromItsContentAndTheForcesSentenceStaysInTheResponse() {
        Disclosure d = handbook.disclosure("1040a-22");
        assertThat(d.parsed().tables().get(0).title()).startsWith("Please note");
        assertThat(TableTitles.of(d, d.parsed().tables().get(0))).isEqualTo("Offences under Home Office code 086/02, by outcome");
        Document page = Jsoup.parse(new String(SiteFixture.seeds().site().files().get(Links.disclosure(d.slug())), StandardCharsets.UTF_8));
        assertThat(page.select("#table-1-title").text()).startsWith("Table 1: Offences under Home Office code 086/02, by outcome");
        assertThat(page.select("section:has(#response-h) p.passage").eachText())
                .contains("Please note all outcomes for this offence detailed in the table below.");
    }

    @Test
    void otherCaptionsAreKeptAsPublished() {
        Disclosure d = handbook.disclosure("2572-15");
        d.parsed().tables().forEach(t -> assertThat(TableTitles.of(d, t)).isEqualTo(t.title()));
    }
}
