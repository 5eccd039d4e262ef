package org.offencestats.handbook.link;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.offencestats.handbook.ModelFixture;
import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.model.EntityMatch;
import org.offencestats.handbook.model.MatchBasis;

import static org.assertj.core.api.Assertions.assertThat;

/** Home Office offence codes and class ids in the forms forces write them, on the project's own taxonomy. */
class OffenceLabelFormsTest {

    private static final TaxonomyIndex TAXONOMY = new TaxonomyIndex(ModelFixture.seeds().taxonomies());

    @ParameterizedTest(name = "\"{0}\" is code {1}")
    @CsvSource(delimiter = '|', textBlock = """
            071/17                          | 071/17
            71/17                           | 071/17
            088/01                          | 088/01
            88/1                            | 088/01
            86/2                            | 086/02
            Home Office code 86/2           | 086/02
            HO code 86/2                    | 086/02
            H.O. Code: 86/2                 | 086/02
            (86/2)                          | 086/02
            Indecent images of children (86/2) | 086/02
            86/2 - Indecent photographs     | 086/02
            088/09 Exposure                 | 088/09
            """)
    void eachCodeFormLinksToTheCanonicalCode(String label, String code) {
        EntityMatch m = TAXONOMY.match(Dimension.OFFENCE, label).orElseThrow(() -> new AssertionError("not linked: " + label));
        assertThat(m.dimension()).isEqualTo(Dimension.OFFENCE);
        assertThat(m.key()).isEqualTo(code);
    }

    @Test
    void anAliasStillWinsAndAFormLinkSaysHowItWasRead() {
        assertThat(TAXONOMY.match(Dimension.OFFENCE, "86/2").get().basis()).as("listed as an alias in offences.yml").isEqualTo(MatchBasis.DESCRIPTION);
        EntityMatch m = TAXONOMY.match(Dimension.OFFENCE, "HO code 86/2").orElseThrow();
        assertThat(m.basis()).isEqualTo(MatchBasis.CODE);
        assertThat(m.note()).contains("\"HO code 86/2\"");
    }

    @ParameterizedTest(name = "\"{0}\" is class {1}")
    @CsvSource(delimiter = '|', textBlock = """
            19C                             | 19C
            19c                             | 19C
            88A                             | 88A
            8L                              | 8L
            8L - Harassment                 | 8L
            8R: Malicious Communications    | 8R
            8Q Stalking                     | 8Q
            Class 66                        | 66
            HO class 92A                    | 92A
            66 - Other offences against the State or public order | 66
            2 - Attempted murder            | 2
            4.1 - Manslaughter              | 4.1
            88A - Sexual communication with a child | 88A
            """)
    void eachClassFormLinksToItsNotifiableClass(String label, String id) {
        EntityMatch m = TAXONOMY.match(Dimension.OFFENCE, label).orElseThrow(() -> new AssertionError("not linked: " + label));
        assertThat(m.dimension()).isEqualTo(Dimension.OFFENCE_CLASS);
        assertThat(m.key()).isEqualTo(id);
    }

    @Test
    void theShortFormEightSlashOneIsReadButNeverGuessedToBe088Slash01() {
        assertThat(OffenceLabelForms.read("8/1")).get().extracting(OffenceLabelForms.Reading::id).isEqualTo("008/01");
        assertThat(TAXONOMY.match(Dimension.OFFENCE, "8/1")).as("008/01 is not in the taxonomy").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"66", "13 and Over", "10 to 12", "13-15", "2021/22", "2015", "21 - Further action by another agency",
            "999/99", "28", "37", "92", "1A:", "Outcome 8", "Grand Total"})
    void labelsThatOnlyLookLikeCodesOrClassesAreNotLinked(String label) {
        assertThat(TAXONOMY.match(Dimension.OFFENCE, label)).isEmpty();
    }

    @Test
    void wordsThatNameAnotherOffenceAreReportedNotGuessed() {
        assertThat(TAXONOMY.match(Dimension.OFFENCE, "086/02 - Exposure")).isEmpty();
        assertThat(TAXONOMY.whyUnlinked("086/02 - Exposure")).get().asString().contains("086/02").contains("088/09");
        assertThat(TAXONOMY.match(Dimension.OFFENCE, "8L - Stalking")).isEmpty();
        assertThat(TAXONOMY.whyUnlinked("8L - Stalking")).get().asString().contains("8L").contains("8Q");
    }

    @Test
    void wordsThatNameTheCodesOwnClassAgree() {
        assertThat(TAXONOMY.match(Dimension.OFFENCE, "088/01 - Sexual grooming")).get().extracting(EntityMatch::key).isEqualTo("088/01");
        assertThat(TAXONOMY.match(Dimension.OFFENCE, "88A - Exposure")).as("exposure is 088/09, class 88E").isEmpty();
    }

    @Test
    void theReaderSeparatesPrefixIdAndWords() {
        assertThat(OffenceLabelForms.read("HO code 86/2")).get()
                .isEqualTo(new OffenceLabelForms.Reading(OffenceLabelForms.Kind.CODE, "086/02", true, ""));
        assertThat(OffenceLabelForms.read("8L - Harassment")).get()
                .isEqualTo(new OffenceLabelForms.Reading(OffenceLabelForms.Kind.CLASS, "8L", false, "Harassment"));
        assertThat(OffenceLabelForms.read("Indecent images (86/2)")).get()
                .isEqualTo(new OffenceLabelForms.Reading(OffenceLabelForms.Kind.CODE, "086/02", false, "Indecent images"));
        assertThat(OffenceLabelForms.read("Possession of indecent images")).isEmpty();
    }
}
