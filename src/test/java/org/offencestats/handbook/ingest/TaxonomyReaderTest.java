package org.offencestats.handbook.ingest;

import org.junit.jupiter.api.Test;
import org.offencestats.handbook.InputError;
import org.offencestats.handbook.model.Taxonomies;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Offences and outcomes are required; platforms, age bands and periods may be left out by a handbook without them. */
class TaxonomyReaderTest {

    private static final String OFFENCES = """
            groups:
              - id: "88A"
                name: "Sexual grooming"
                aliases: ["Grooming"]
            offences:
              - code: "088/01"
                description: "Meeting a child following sexual grooming"
                group: "88A"
                aliases: ["Meeting a female U16 following grooming"]
            not_classifiable:
              - label: "Other"
                meaning: "Offences the force did not name"
            """;
    private static final String OUTCOMES = """
            outcomes:
              - type: "1"
                name: "Charged/Summonsed"
            """;

    private static Taxonomies read(Map<String, String> files) {
        return new TaxonomyReader(new YamlFiles()).read(files::get);
    }

    @Test
    void theRequiredFilesAloneMakeTaxonomiesWithEmptyOptionalOnes() {
        Taxonomies t = read(Map.of("taxonomies/offences.yml", OFFENCES, "taxonomies/outcomes.yml", OUTCOMES));
        assertThat(t.offenceGroups()).singleElement().satisfies(g -> assertThat(g.aliases()).containsExactly("Grooming"));
        assertThat(t.offences()).singleElement().satisfies(o -> assertThat(o.group()).isEqualTo("88A"));
        assertThat(t.notClassifiableOffences()).singleElement().satisfies(n -> assertThat(n.meaning()).contains("did not name"));
        assertThat(t.outcomes()).singleElement().satisfies(o -> assertThat(o.type()).isEqualTo("1"));
        assertThat(t.notClassifiableOutcomes()).isEmpty();
        assertThat(t.platforms()).isEmpty();
        assertThat(t.ageBands()).isEmpty();
        assertThat(t.periodKinds()).isEmpty();
    }

    @Test
    void anOptionalFileThatIsPresentIsRead() {
        Taxonomies t = read(Map.of("taxonomies/offences.yml", OFFENCES, "taxonomies/outcomes.yml", OUTCOMES,
                "taxonomies/age-bands.yml", "age_bands:\n  - id: under-10\n    label: \"Under 10\"\n    max: 9\n"));
        assertThat(t.ageBands()).singleElement().satisfies(a -> assertThat(a.id()).isEqualTo("under-10"));
    }

    @Test
    void aWrongKeyNamesTheTaxonomyFileAndTheKeysItTakes() {
        assertThatThrownBy(() -> read(Map.of("taxonomies/offences.yml", OFFENCES,
                "taxonomies/outcomes.yml", "outcomes:\n  - type: \"1\"\n    nmae: Charged\n")))
                .isInstanceOf(InputError.class).hasMessageContaining("taxonomies/outcomes.yml, line 3")
                .hasMessageContaining("unknown key \"nmae\"");
    }
}
