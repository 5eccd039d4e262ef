package org.offencestats.handbook.parse;

import org.junit.jupiter.api.Test;
import org.offencestats.handbook.ModelFixture;
import org.offencestats.handbook.model.CellKind;
import org.offencestats.handbook.model.CodeQuality;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.ExemptionKind;
import org.offencestats.handbook.model.FindingKind;
import org.offencestats.handbook.model.ParsedDisclosure;
import org.offencestats.handbook.model.PassageKind;
import org.offencestats.handbook.model.Question;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.model.TableAudit;
import org.offencestats.handbook.model.TableLayout;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Direct assertions on each quirk of the seeds that the parser must understand. */
class SeedQuirksTest {

    private static final String S000 = "wmp-2021-22-child-sexual-offences-by-outcome";
    private static final String S001 = "wmp-2010-2014-sexual-offences-against-children-online";
    private static final String S002 = "1040a-22";
    private static final String S003 = "1148a-20";
    private static final String S004 = "2572-15";

    private static Disclosure seed(String slug) {
        return ModelFixture.seeds().disclosure(slug);
    }

    private static ParsedDisclosure parsed(String slug) {
        return seed(slug).parsed();
    }

    private static Row row(DataTable t, String label) {
        return t.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError("no row " + label));
    }

    @Test
    void interleavedLastRowAndGrandTotalAreBothRecovered() {
        DataTable t = parsed(S000).table("table-1");
        Row upskirting = row(t, "Voyeurism additional offences (upskirting)");
        Row total = t.rows().get(t.rows().size() - 1);
        assertThat(upskirting.recovered()).isTrue();
        assertThat(upskirting.code().code()).isEqualTo("088/12");
        assertThat(upskirting.cells()).extracting(c -> c.value()).containsExactly(0L, 0L, 1L, 2L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 3L);
        assertThat(total.total()).isTrue();
        assertThat(total.recovered()).isTrue();
        assertThat(total.cells()).extracting(c -> c.kind() == CellKind.LOST ? null : c.value())
                .containsExactly(null, 90L, 87L, 68L, 23L, null, null, null, null, 4L, null, 422L);
        TableAudit audit = seed(S000).audit("table-1");
        assertThat(audit.findings()).filteredOn(f -> f.kind() == FindingKind.TOTAL_RECOVERED).hasSize(1);
        assertThat(audit.findings()).filteredOn(f -> f.kind() == FindingKind.TOTAL_LOST)
                .extracting(f -> f.computed()).containsExactly(110L, 14L, 12L, 7L, 6L, 1L);
        assertThat(audit.hasMismatch()).as("the recovered totals agree with their columns").isFalse();
    }

    @Test
    void codeColumnKeepsRawTextAndTakesOnlyRealCodes() {
        DataTable t = parsed(S000).table("table-1");
        assertThat(t.hasCodeColumn()).isTrue();
        assertThat(row(t, "Cause or incite the sexual exploitation of a child - Child 13 - 17").code())
                .satisfies(c -> {
                    assertThat(c.raw()).isEqualTo("(");
                    assertThat(c.code()).isNull();
                    assertThat(c.quality()).isEqualTo(CodeQuality.GARBLED);
                });
        Row s = row(t, "Attempted - Meeting a female child following sexual grooming etc (Offender is aged 18 or over and victim is under 16)");
        assertThat(s.code().raw()).isEqualTo("s");
        assertThat(s.code().quality()).isEqualTo(CodeQuality.GARBLED);
        Row nqa = row(t, "Meeting a female child following sexual grooming etc (Offender is aged 18 or over and victim is under 16)");
        assertThat(nqa.code().raw()).isEqualTo("N Q a");
        assertThat(nqa.code().code()).isNull();
        Row trust = row(t, "Abuse of position of trust: sexual activity with a female child aged 13-17 Suspect aged 18 or over");
        assertThat(trust.code().raw()).isEqualTo("073/07 v");
        assertThat(trust.code().code()).isEqualTo("073/07");
        assertThat(trust.code().quality()).isEqualTo(CodeQuality.WITH_DEBRIS);
        assertThat(row(t, "Exposure").code().quality()).isEqualTo(CodeQuality.ABSENT);
        assertThat(parsed(S000).problems()).anyMatch(p -> p.ref().line() == 13 && p.message().contains("13 cells"));
    }

    @Test
    void aCodeThatIsWellFormedButInvalidFallsBackToTheWordingAndSaysSo() {
        Disclosure d = seed(S000);
        DataTable t = d.parsed().table("table-1");
        Row r = row(t, "Possess an extreme image portraying sexual assault by penetration");
        assertThat(r.code().code()).isEqualTo("000/17");
        var match = d.entities().row("table-1", r.index());
        assertThat(match.key()).isEqualTo("086/17");
        assertThat(match.note()).contains("000/17").contains("not a Home Office code");
    }

    @Test
    void twoLineHeaderSpanningYearAndFootnoteMarksResolve() {
        DataTable t = parsed(S004).table("table-2");
        assertThat(t.rowDimension()).isEqualTo("Victim Age");
        assertThat(t.columnDimension()).isEqualTo("Year");
        assertThat(t.columns()).extracting(c -> c.label()).containsExactly("2013", "2014", "2015", "Total");
        assertThat(t.columns().get(2).marks()).containsExactly("*");
        assertThat(t.columns().get(2).periodNote()).isEqualTo("to 16 July 2015");
        assertThat(t.columns().get(3).total()).isTrue();
        Row over13 = row(t, "13 and Over");
        assertThat(over13.rawLabel()).isEqualTo("13 and Over^");
        assertThat(over13.marks()).containsExactly("^");
        assertThat(t.footnotes()).extracting(f -> f.mark()).containsExactly("*", "^");
        assertThat(t.footnotes().get(1).text()).startsWith("Please note, one case included within the 13 and over age group");
        assertThat(row(parsed(S004).table("table-5"), "2015").periodNote()).isEqualTo("to 16 July 2015");
    }

    @Test
    void dashBlankAndZeroStayDistinct() {
        Row under10 = row(parsed(S004).table("table-2"), "Under 10");
        assertThat(under10.cells()).extracting(c -> c.kind()).containsExactly(CellKind.DASH, CellKind.NUMBER, CellKind.DASH, CellKind.NUMBER);
        assertThat(under10.cell(0).value()).isNull();
        Row twitter = row(parsed(S001).table("table-4"), "TWITTER");
        assertThat(twitter.cell(0).kind()).isEqualTo(CellKind.BLANK);
        assertThat(twitter.cell(0).value()).isNull();
        Row zero = row(parsed(S000).table("table-1"), "Exposure");
        assertThat(zero.cell(6).kind()).isEqualTo(CellKind.NUMBER);
        assertThat(zero.cell(6).value()).isZero();
    }

    @Test
    void boldMarkupIsRemovedFromLabelsAndFigures() {
        DataTable t = parsed(S001).table("table-4");
        Row facebook = row(t, "FACEBOOK");
        assertThat(facebook.rawLabel()).isEqualTo("<b>FACEBOOK</b>");
        assertThat(facebook.cell(5).value()).isEqualTo(87L);
        assertThat(facebook.cell(5).raw()).isEqualTo("<b>87</b>");
        assertThat(parsed(S001).passages(PassageKind.TABLE_CAPTION)).extracting(p -> p.text())
                .contains("Sexual offences committed by 18+ year olds on victims younger than 18 years");
    }

    @Test
    void blankLinesInsideATableDoNotSplitIt() {
        DataTable t = parsed(S001).table("table-1");
        assertThat(t.start().line()).isEqualTo(7);
        assertThat(t.endLine()).isEqualTo(89);
        assertThat(t.bodyRows()).hasSize(79);
    }

    @Test
    void spaceSeparatedTwoColumnTable() {
        DataTable t = parsed(S002).table("table-1");
        assertThat(t.layout()).isEqualTo(TableLayout.SPACES);
        assertThat(t.rowDimension()).isEqualTo("Outcome");
        assertThat(t.columns()).extracting(c -> c.label()).containsExactly("Total");
        assertThat(row(t, "Community Resolution").cell(0).value()).isEqualTo(3L);
        assertThat(row(t, "Grand Total").total()).isTrue();
        assertThat(t.questionId()).isEqualTo("2");
    }

    @Test
    void questionsAndWhichTableAnswersWhich() {
        assertThat(parsed(S001).questions()).extracting(Question::id).containsExactly("1", "1b", "1c", "1d", "2", "3");
        assertThat(parsed(S001).table("table-2").questionId()).isEqualTo("1b");
        List<Question> q004 = parsed(S004).questions();
        assertThat(q004).extracting(Question::id).containsExactly("1a", "1c", "1d", "1e", "1f", "1g");
        assertThat(q004).filteredOn(q -> q.id().equals("1c")).singleElement().extracting(Question::tableIds).isEqualTo(List.of("table-2"));
        assertThat(parsed(S004).table("table-6").questionId()).isEqualTo("1g");
        List<Question> q003 = parsed(S003).questions();
        assertThat(q003).extracting(Question::id).containsExactly("1", "1a", "1b", "2", "2a", "2b");
        assertThat(q003.get(3).numberingNote()).contains("renumbered");
        assertThat(parsed(S002).passages(PassageKind.QUESTION_RESTATED)).extracting(p -> p.questionId()).containsExactly("1", "2", "3", "4");
    }

    @Test
    void partialPeriodsStatedInProseAndFootnotes() {
        DataTable t = parsed(S001).table("table-1");
        assertThat(t.columns().get(4).label()).isEqualTo("2014");
        assertThat(t.columns().get(4).periodNote()).contains("so far this year");
        assertThat(t.columns().get(3).periodNote()).isNull();
    }

    @Test
    void figuresStatedInProse() {
        assertThat(parsed(S002).statedFigures()).extracting(s -> s.questionId() + "=" + s.value()).containsExactly("1=0", "3=0");
        assertThat(parsed(S001).statedFigures()).singleElement().satisfies(s -> {
            assertThat(s.value()).isEqualTo(6);
            assertThat(s.questionId()).isEqualTo("1d");
            assertThat(s.sentence()).isEqualTo("Six of the reported crimes above (1c) have resulted in a conviction.");
        });
        assertThat(parsed(S002).problems()).anyMatch(p -> p.ref().line() == 51 && p.message().contains("\"arrests\""));
    }

    @Test
    void exemptionsRefusalsAndMissingAttachments() {
        assertThat(parsed(S001).exemptions()).extracting(e -> e.kind()).contains(ExemptionKind.SECTION_21_REASONABLY_ACCESSIBLE,
                ExemptionKind.SECTION_23_5_NEITHER_CONFIRM_NOR_DENY);
        assertThat(parsed(S001).exemptions()).filteredOn(e -> e.kind() == ExemptionKind.SECTION_21_REASONABLY_ACCESSIBLE)
                .singleElement().extracting(e -> e.questionId()).isEqualTo("2");
        assertThat(parsed(S003).exemptions()).extracting(e -> e.kind()).contains(ExemptionKind.SECTION_12_COST_LIMIT);
        assertThat(parsed(S003).exemptions()).filteredOn(e -> e.kind() == ExemptionKind.ATTACHMENT_NOT_INCLUDED).hasSize(4);
        assertThat(parsed(S004).exemptions()).extracting(e -> e.kind()).containsOnly(ExemptionKind.SECTION_23_5_NEITHER_CONFIRM_NOR_DENY);
    }

    @Test
    void caveatsAndDebris() {
        assertThat(parsed(S003).passages(PassageKind.CAVEAT)).extracting(p -> p.text())
                .anyMatch(t -> t.contains("should be interpreted with caution"));
        assertThat(parsed(S002).passages(PassageKind.CAVEAT)).extracting(p -> p.text())
                .anyMatch(t -> t.contains("an arrest is not always necessary"));
        assertThat(parsed(S002).passages(PassageKind.DEBRIS)).extracting(p -> p.text())
                .containsExactly("Skip to content", "Include attachments here");
        assertThat(parsed(S002).statedReferences()).containsExactly("1040A/22");
        assertThat(parsed(S004).statedReferences()).containsExactly("2572/15");
        assertThat(parsed(S000).statedReferences()).isEmpty();
    }

    @Test
    void theAuditFindsTheTableWhoseTotalsDoNotAddUp() {
        List<String> mismatched = ModelFixture.seeds().disclosures().stream()
                .flatMap(d -> d.audits().values().stream().filter(TableAudit::hasMismatch).map(a -> d.slug() + "#" + a.tableId()))
                .toList();
        assertThat(mismatched).containsExactly(S001 + "#table-4");
        TableAudit audit = seed(S001).audit("table-4");
        assertThat(audit.findings()).filteredOn(f -> f.kind() == FindingKind.ROW_TOTAL_MISMATCH).singleElement()
                .satisfies(f -> {
                    assertThat(f.rowLabel()).isEqualTo("FACEBOOK");
                    assertThat(f.published()).isEqualTo(87L);
                    assertThat(f.computed()).isEqualTo(89L);
                });
        assertThat(audit.findings()).filteredOn(f -> f.kind() == FindingKind.COLUMN_TOTAL_MISMATCH)
                .extracting(f -> f.columnLabel() + ":" + f.published() + "/" + f.computed())
                .containsExactly("2011:22/18", "2012:43/25", "2013:61/36", "2014:46/10", "Grand Total:101/91");
    }
}
