package org.offencestats.handbook.link;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.offencestats.handbook.ModelFixture;
import org.offencestats.handbook.ingest.SourceTextReader;
import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.model.DisclosureEntities;
import org.offencestats.handbook.model.DisclosureMeta;
import org.offencestats.handbook.model.EntityMatch;
import org.offencestats.handbook.model.MatchBasis;
import org.offencestats.handbook.parse.DisclosureParser;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Outcome numbers in the forms forces write them, linked to the outcome types of the project's own taxonomy. */
class OutcomeLabelFormsTest {

    private static final TaxonomyIndex TAXONOMY = new TaxonomyIndex(ModelFixture.seeds().taxonomies());

    @ParameterizedTest(name = "\"{0}\" is outcome {1}")
    @CsvSource(delimiter = '|', textBlock = """
            OC01 – Charge/Summons                          | 1
            OC1                                            | 1
            oc 14                                          | 14
            Outcome 1                                      | 1
            Outcome 1A                                     | 1A
            outcome 1a                                     | 1A
            1: Charged                                     | 1
            1A:                                            | 1A
            1A - Charged alternate offence                 | 1A
            Outcome Type 16                                | 16
            Outcome 21                                     | 21
            Outcome 0                                      | 0
            O/C 8                                          | 8
            OC22 - Diversionary activity                   | 22
            Outcome 15 - Evidential difficulties...        | 15
            Outcome 16 – Named Suspect identified: evidential difficulties prevent further action (no victim support) | 16
            Outcome 1A - Charge or Summons                 | 1A
            """)
    void eachFormLinksToItsOutcomeType(String label, String type) {
        EntityMatch m = TAXONOMY.match(Dimension.OUTCOME, label).orElseThrow(() -> new AssertionError("not linked: " + label));
        assertThat(m.dimension()).isEqualTo(Dimension.OUTCOME);
        assertThat(m.key()).isEqualTo(type);
        assertThat(TAXONOMY.whyUnlinked(label)).isEmpty();
    }

    @Test
    void oneAndOneAAreDistinctTypes() {
        assertThat(TAXONOMY.match(Dimension.OUTCOME, "Outcome 1A").get().key()).isEqualTo("1A");
        assertThat(TAXONOMY.match(Dimension.OUTCOME, "Outcome 1").get().key()).isEqualTo("1");
        assertThat(TAXONOMY.match(Dimension.OUTCOME, "OC01").get().key()).isEqualTo("1");
    }

    @Test
    void aFormLinkSaysHowItWasRead() {
        EntityMatch m = TAXONOMY.match(Dimension.OUTCOME, "O/C 8").orElseThrow();
        assertThat(m.basis()).isEqualTo(MatchBasis.CODE);
        assertThat(m.note()).contains("\"O/C 8\"").contains("8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Outcome 99", "OC23", "Outcome 1B", "Outcome 2A", "O/C 30"})
    void numbersOutsideTheFrameworkAreNeverLinked(String label) {
        assertThat(TAXONOMY.match(Dimension.OUTCOME, label)).isEmpty();
        assertThat(TAXONOMY.whyUnlinked(label)).get().asString().contains("not a Home Office outcome type");
    }

    @Test
    void wordsThatNameAnotherOutcomeAreReportedNotGuessed() {
        assertThat(TAXONOMY.match(Dimension.OUTCOME, "Outcome 1 - Community Resolution")).isEmpty();
        assertThat(TAXONOMY.whyUnlinked("Outcome 1 - Community Resolution")).get().asString()
                .contains("outcome 1").contains("outcome 8");
        assertThat(TAXONOMY.match(Dimension.OUTCOME, "OC16 - Named Suspect identified: evidential difficulties prevent further action (victim support)"))
                .isEmpty();
        assertThat(TAXONOMY.match(Dimension.OUTCOME, "Outcome 5 - Not recorded")).as("words listed as naming no outcome").isEmpty();
        assertThat(TAXONOMY.whyUnlinked("Outcome 5 - Not recorded")).get().asString().contains("not classifiable");
        assertThat(TAXONOMY.match(Dimension.OUTCOME, "Outcome 1 - Evidential difficulties...")).as("cut-off words fit 14-16 only").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"13-15", "13 and Over", "10 to 12", "2021/22", "2015", "1", "21", "8L - Harassment",
            "21 - Sexual activity involving a child under 13", "Occasional", "Charged"})
    void labelsThatOnlyLookNumericAreNotOutcomes(String label) {
        assertThat(TAXONOMY.match(Dimension.OUTCOME, label)).isEmpty();
        assertThat(TAXONOMY.whyUnlinked(label)).isEmpty();
    }

    @Test
    void theReaderKeepsTheNumberAndTheWordsApart() {
        assertThat(OutcomeLabelForms.read("OC01 – Charge/Summons")).get()
                .isEqualTo(new OutcomeLabelForms.Reading("1", true, "Charge/Summons"));
        assertThat(OutcomeLabelForms.read("1A:")).get().isEqualTo(new OutcomeLabelForms.Reading("1A", false, ""));
        assertThat(OutcomeLabelForms.read("Outcome 15 - Evidential")).get().extracting(OutcomeLabelForms.Reading::number).isEqualTo("15");
        assertThat(OutcomeLabelForms.isOutcomeNumber("22")).isTrue();
        assertThat(OutcomeLabelForms.isOutcomeNumber("23")).isFalse();
        assertThat(OutcomeLabelForms.isOutcomeNumber("1A")).isTrue();
        assertThat(OutcomeLabelForms.isOutcomeNumber("2A")).isFalse();
    }

    @Test
    void aTableOfOutcomeFormsLinksAndTheUnknownOneIsWarnedAboutWithFileAndLine() {
        var parsed = new DisclosureParser().parse(new SourceTextReader(100_000).read("fixture.txt", """
                Outcome\tTotal
                OC01 – Charge/Summons\t4
                Outcome 1A\t1
                Outcome Type 16\t7
                Outcome 99\t2
                """.getBytes(StandardCharsets.UTF_8)));
        DisclosureMeta meta = new DisclosureMeta("A force", null, "A title", null, null, null, null, List.of(), null, List.of(), List.of());
        DisclosureEntities e = new EntityLinker(TAXONOMY).link(parsed, meta, "fixture.yml");
        assertThat(List.of(0, 1, 2).stream().map(i -> e.row("table-1", i).key()).toList()).containsExactly("1", "1A", "16");
        assertThat(e.row("table-1", 3)).as("Outcome 99 stays not classifiable").isNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.ref().file()).isEqualTo("fixture.txt");
            assertThat(p.ref().line()).isEqualTo(5);
            assertThat(p.message()).contains("\"Outcome 99\"").contains("matches no outcome").contains("not a Home Office outcome type");
        });
    }
}
