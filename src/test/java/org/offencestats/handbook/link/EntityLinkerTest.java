package org.offencestats.handbook.link;

import org.junit.jupiter.api.Test;
import org.offencestats.handbook.InputError;
import org.offencestats.handbook.ModelFixture;
import org.offencestats.handbook.ingest.SourceTextReader;
import org.offencestats.handbook.model.Correction;
import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.model.DisclosureEntities;
import org.offencestats.handbook.model.DisclosureMeta;
import org.offencestats.handbook.model.EntityMatch;
import org.offencestats.handbook.model.MatchBasis;
import org.offencestats.handbook.model.ParsedDisclosure;
import org.offencestats.handbook.parse.CodeReader;
import org.offencestats.handbook.parse.DisclosureParser;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Code normalisation, alias matching, corrections and unmapped-label reports, on the project's own taxonomies. */
class EntityLinkerTest {

    private static final TaxonomyIndex TAXONOMY = new TaxonomyIndex(ModelFixture.seeds().taxonomies());

    private static ParsedDisclosure parse(String text) {
        return new DisclosureParser().parse(new SourceTextReader(100_000).read("fixture.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    private static DisclosureMeta meta(List<Correction> corrections) {
        return new DisclosureMeta("A force", null, "A title", null, null, null, null, List.of(), null, List.of(), corrections);
    }

    @Test
    void codeFormsNormaliseToTheCanonicalCode() {
        assertThat(CodeReader.canonicalOrNull("86/2")).isEqualTo("086/02");
        assertThat(CodeReader.canonicalOrNull("086/02")).isEqualTo("086/02");
        assertThat(CodeReader.canonicalOrNull("086/02 p")).as("stray text: not exactly a code").isNull();
        ParsedDisclosure p = parse("""
                Code\tOffence\tTotal
                086/02 p\tSomething unlisted\t3
                86/2\tSomething else unlisted\t1
                \t88/1 - MEETING A FEMALE U16 FOLLOWING SEXUAL GROOMING, OFFENDER 18+\t2
                """);
        DisclosureEntities e = new EntityLinker(TAXONOMY).link(p, meta(List.of()), "fixture.yml");
        assertThat(e.row("table-1", 0)).extracting(EntityMatch::key, EntityMatch::basis).containsExactly("086/02", MatchBasis.CODE);
        assertThat(e.row("table-1", 0).note()).contains("stray text");
        assertThat(e.row("table-1", 1).key()).isEqualTo("086/02");
        assertThat(e.row("table-1", 2).key()).isEqualTo("088/01");
    }

    @Test
    void aliasesMatchWhateverTheCaseSpacingOrDashStyle() {
        assertThat(TAXONOMY.match(Dimension.OFFENCE, "Take or to make or to distribute indecent photographs or pseudo- photographs, of children"))
                .get().extracting(EntityMatch::key).isEqualTo("086/02");
        assertThat(TAXONOMY.match(Dimension.OFFENCE, "voyeurism")).get().extracting(EntityMatch::key).isEqualTo("088/10");
        assertThat(TAXONOMY.match(Dimension.OUTCOME, "Named Suspect identified:  evidential difficulties prevent further action(victim support)"))
                .get().extracting(EntityMatch::key).isEqualTo("15");
        assertThat(TAXONOMY.match(Dimension.OUTCOME, "Evidential Difficulties - Victim Based - Named suspect not identified"))
                .get().isEqualTo(TAXONOMY.match(Dimension.OUTCOME, "Evidential Difficulties – Victim Based – Named suspect not identified").get());
        assertThat(TAXONOMY.match(Dimension.PLATFORM, "Plenty of Fish")).get().extracting(EntityMatch::key).isNotNull();
        assertThat(TAXONOMY.match(Dimension.PERIOD, "2021/22")).get().extracting(EntityMatch::basis).isEqualTo(MatchBasis.PATTERN);
        assertThat(TAXONOMY.match(Dimension.OFFENCE, "VOYEURISM ADDITIONAL")).isEmpty();
    }

    @Test
    void aValidCodeWinsAGarbledOneFallsBackToTheWordingAndAClassIsUsedWhenTheCodeIsUnsettled() {
        var d = ModelFixture.seeds().disclosure("wmp-2021-22-child-sexual-offences-by-outcome");
        EntityMatch garbled = d.entities().row("table-1", 16);
        assertThat(garbled.key()).isEqualTo("088/01");
        assertThat(garbled.basis()).isEqualTo(MatchBasis.DESCRIPTION);
        assertThat(garbled.note()).contains("\"N Q a\"").contains("holds no code");
        EntityMatch attemptedGarbled = d.entities().row("table-1", 15);
        assertThat(attemptedGarbled.dimension()).isEqualTo(Dimension.OFFENCE_CLASS);
        assertThat(attemptedGarbled.key()).isEqualTo("88A");
    }

    @Test
    void aCorrectionOverridesCodeAndWordingAndSaysSo() {
        ParsedDisclosure p = parse("""
                Code\tOffence\tTotal
                086/02\tExposure\t3
                """);
        Correction fix = new Correction(LocalDate.of(2026, 11, 24), 1, "Exposure", "088/09", "Linked the row to 088/09.",
                "The code cell holds the previous row's code.");
        EntityMatch m = new EntityLinker(TAXONOMY).link(p, meta(List.of(fix)), "fixture.yml").row("table-1", 0);
        assertThat(m.key()).isEqualTo("088/09");
        assertThat(m.basis()).isEqualTo(MatchBasis.CORRECTION);
        assertThat(m.note()).contains("2026-11-24").contains("previous row's code");
    }

    @Test
    void aCorrectionNamingAnUnknownCodeOrAMissingRowIsAnError() {
        ParsedDisclosure p = parse("Code\tOffence\tTotal\n086/02\tExposure\t3\n");
        Correction unknown = new Correction(LocalDate.of(2026, 1, 1), 1, "Exposure", "999/99", "x", "y");
        assertThatThrownBy(() -> new EntityLinker(TAXONOMY).link(p, meta(List.of(unknown)), "fixture.yml"))
                .isInstanceOf(InputError.class).hasMessageContaining("fixture.yml").hasMessageContaining("999/99");
        Correction missing = new Correction(LocalDate.of(2026, 1, 1), 1, "No such row", "088/09", "x", "y");
        assertThatThrownBy(() -> new EntityLinker(TAXONOMY).link(p, meta(List.of(missing)), "fixture.yml"))
                .isInstanceOf(InputError.class).hasMessageContaining("fixture.yml").hasMessageContaining("No such row")
                .satisfies(e -> assertThat(((InputError) e).fix()).contains("row label as published"));
        Correction missingTable = new Correction(LocalDate.of(2026, 1, 1), 7, null, null, "x", "y");
        assertThatThrownBy(() -> new EntityLinker(TAXONOMY).link(p, meta(List.of(missingTable)), "fixture.yml"))
                .isInstanceOf(InputError.class).hasMessageContaining("names table 7");
        Correction unknownOnAnotherRow = new Correction(LocalDate.of(2026, 1, 1), 1, "No such row", "999/99", "x", "y");
        assertThatThrownBy(() -> new EntityLinker(TAXONOMY).link(p, meta(List.of(unknownOnAnotherRow)), "fixture.yml"))
                .as("a correction is checked before it is applied, whichever row it names")
                .isInstanceOf(InputError.class).hasMessageContaining("999/99");
    }

    @Test
    void aNewUnmappedLabelIsReportedWithFileAndLine() {
        ParsedDisclosure p = parse("""
                Platform\t2020\tTotal
                Facebook\t1\t1
                Bebo\t2\t2
                Grand Total\t3\t3
                """);
        DisclosureEntities e = new EntityLinker(TAXONOMY).link(p, meta(List.of()), "fixture.yml");
        assertThat(e.row("table-1", 1)).isNull();
        assertThat(e.problems()).singleElement().satisfies(pr -> {
            assertThat(pr.ref().file()).isEqualTo("fixture.txt");
            assertThat(pr.ref().line()).isEqualTo(3);
            assertThat(pr.message()).contains("\"Bebo\"").contains("platform");
        });
    }

    @Test
    void aWordingThatNamesTwoThingsIsRejected() {
        var t = ModelFixture.seeds().taxonomies();
        var offences = new java.util.ArrayList<>(t.offences());
        var first = offences.get(0);
        var second = offences.get(1);
        offences.set(1, new org.offencestats.handbook.model.OffenceDefinition(second.code(), second.description(), second.group(),
                List.of(first.aliases().isEmpty() ? first.description() + " alias" : first.aliases().get(0)), second.source()));
        if (first.aliases().isEmpty()) {
            offences.set(0, new org.offencestats.handbook.model.OffenceDefinition(first.code(), first.description(), first.group(),
                    List.of(first.description() + " alias"), first.source()));
        }
        var broken = new org.offencestats.handbook.model.Taxonomies(t.offenceGroups(), offences, t.notClassifiableOffences(),
                t.outcomes(), t.notClassifiableOutcomes(), t.platforms(), t.notClassifiablePlatforms(), t.ageBands(),
                t.notClassifiableAgeBands(), t.periodKinds());
        assertThatThrownBy(() -> new TaxonomyIndex(broken)).isInstanceOf(InputError.class).hasMessageContaining("names both");
    }
}
