package org.offencestats.handbook.parse;

import org.junit.jupiter.api.Test;
import org.offencestats.handbook.audit.TableAuditor;
import org.offencestats.handbook.ingest.SourceTextReader;
import org.offencestats.handbook.model.CellKind;
import org.offencestats.handbook.model.CodeQuality;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.ExemptionKind;
import org.offencestats.handbook.model.FindingKind;
import org.offencestats.handbook.model.ParsedDisclosure;
import org.offencestats.handbook.model.PassageKind;
import org.offencestats.handbook.model.Question;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.model.TableAudit;
import org.offencestats.handbook.model.TableLayout;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Variants of each quirk beyond the seeds: the handbook will be fed many more disclosures than five. */
class ParserFixturesTest {

    private static ParsedDisclosure parse(String text) {
        return new DisclosureParser().parse(new SourceTextReader(1_000_000).read("fixture.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Row row(DataTable t, String label) {
        return t.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError("no row " + label));
    }

    @Test
    void twoLineHeaderWithOtherYearsStrongMarkupThousandsAndAPartialFootnote() {
        ParsedDisclosure p = parse("""
                Age band\tYear\t\tTotal
                \t2020\t2021†\t
                <strong>Under 13</strong>\t1,204\t77\t1,281
                13 to 17\t<b>15</b>\t3\t18
                Grand Total\t1,219\t80\t1,299

                †up to 30 June 2021
                """);
        DataTable t = p.tables().get(0);
        assertThat(t.rowDimension()).isEqualTo("Age band");
        assertThat(t.columnDimension()).isEqualTo("Year");
        assertThat(t.columns()).extracting(c -> c.label()).containsExactly("2020", "2021", "Total");
        assertThat(t.columns().get(1).periodNote()).isEqualTo("up to 30 June 2021");
        assertThat(row(t, "Under 13").cell(0).value()).isEqualTo(1204L);
        assertThat(row(t, "13 to 17").cell(0).value()).isEqualTo(15L);
        assertThat(new TableAuditor().audit(t).hasMismatch()).isFalse();
        assertThat(p.problems()).isEmpty();
    }

    @Test
    void aBlankLineFollowedByANewHeaderStartsASecondTable() {
        ParsedDisclosure p = parse("""
                \t2019\t2020\tGrand Total
                A\t1\t2\t3
                Grand Total\t1\t2\t3

                \t2018\tGrand Total
                B\t4\t4
                """);
        assertThat(p.tables()).hasSize(2);
        assertThat(p.tables().get(1).columns()).extracting(c -> c.label()).containsExactly("2018", "Grand Total");
        assertThat(p.tables()).extracting(DataTable::id).containsExactly("table-1", "table-2");
    }

    @Test
    void spacedTableWithOtherHeaderDashesAndThousands() {
        ParsedDisclosure p = parse("""
                Platform Count
                Facebook 1,024
                Snapchat -
                Grand Total 1,024
                """);
        DataTable t = p.tables().get(0);
        assertThat(t.layout()).isEqualTo(TableLayout.SPACES);
        assertThat(t.rowDimension()).isEqualTo("Platform");
        assertThat(row(t, "Facebook").cell(0).value()).isEqualTo(1024L);
        assertThat(row(t, "Snapchat").cell(0).kind()).isEqualTo(CellKind.DASH);
        assertThat(new TableAuditor().audit(t).totalsAgreeing()).isEqualTo(1);
    }

    @Test
    void proseEndingInANumberIsNotASpacedTable() {
        ParsedDisclosure p = parse("""
                The figures cover the year 2015
                We received requests in 2014
                """);
        assertThat(p.tables()).isEmpty();
    }

    @Test
    void interleavedRowWithEveryCellPairedLosesNothing() {
        ParsedDisclosure p = parse("""
                \tA\tB\tGrand Total
                First\t1\t2\t3
                Last Grand Total\t4 5\t0 2\t4 7
                """);
        DataTable t = p.tables().get(0);
        assertThat(row(t, "Last").recovered()).isTrue();
        assertThat(row(t, "Last").cells()).extracting(c -> c.value()).containsExactly(4L, 0L, 4L);
        assertThat(row(t, "Grand Total").cells()).extracting(c -> c.value()).containsExactly(5L, 2L, 7L);
        TableAudit audit = new TableAuditor().audit(t);
        assertThat(audit.hasMismatch()).isFalse();
        assertThat(audit.findings()).extracting(f -> f.kind()).containsExactly(FindingKind.TOTAL_RECOVERED);
    }

    @Test
    void codeColumnVariants() {
        ParsedDisclosure p = parse("""
                Code\tOffence\tTotal
                86/2\tIndecent images\t5
                088/01 x\tMeeting a child\t2
                ??\tSomething\t1
                \tNo code\t1
                1/5\tShort code\t4
                """);
        DataTable t = p.tables().get(0);
        assertThat(t.hasCodeColumn()).isTrue();
        assertThat(row(t, "Indecent images").code().code()).isEqualTo("086/02");
        assertThat(row(t, "Meeting a child").code().quality()).isEqualTo(CodeQuality.WITH_DEBRIS);
        assertThat(row(t, "Meeting a child").code().code()).isEqualTo("088/01");
        assertThat(row(t, "Something").code().quality()).isEqualTo(CodeQuality.GARBLED);
        assertThat(row(t, "No code").code().quality()).isEqualTo(CodeQuality.ABSENT);
        assertThat(row(t, "Short code").code().code()).isEqualTo("001/05");
        assertThat(p.problems()).extracting(pr -> pr.ref().line()).containsExactly(3, 4);
    }

    @Test
    void rowsOfTheWrongWidthAndUnreadableCellsAreReportedNotZeroed() {
        ParsedDisclosure p = parse("""
                \t2019\t2020\t2021\tGrand Total
                Short\t1\t2
                Long\t1\t2\t3\t6\t99
                Odd\tc.5\t2\t3\t5
                """);
        DataTable t = p.tables().get(0);
        assertThat(row(t, "Short").cells()).extracting(c -> c.kind())
                .containsExactly(CellKind.NUMBER, CellKind.NUMBER, CellKind.LOST, CellKind.LOST);
        assertThat(row(t, "Long").cells()).hasSize(4);
        assertThat(row(t, "Odd").cell(0).kind()).isEqualTo(CellKind.UNREADABLE);
        assertThat(row(t, "Odd").cell(0).raw()).isEqualTo("c.5");
        // The figure beyond the last column is reported twice: the row is too long, and its number is unplaced.
        assertThat(p.problems()).extracting(pr -> pr.ref().line()).containsExactlyInAnyOrder(2, 3, 3, 4);
        assertThat(p.numbers().unplaced()).singleElement().satisfies(n -> {
            assertThat(n.printed()).isEqualTo("99");
            assertThat(n.ref().line()).isEqualTo(3);
            assertThat(n.ref().column()).isEqualTo(14);
        });
        TableAudit audit = new TableAuditor().audit(t);
        assertThat(audit.findings()).extracting(f -> f.kind()).contains(FindingKind.TOTAL_LOST, FindingKind.TOTAL_UNCHECKABLE);
    }

    @Test
    void questionNumberingVariantsRestatementsAndTableReferences() {
        ParsedDisclosure p = parse("""
                Q1. How many offences were recorded in 2020?
                Question 2: How many of them were online offences?
                3) Please give the outcome of each offence.
                a) Please split them by year where possible.

                How many offences were recorded in 2020?
                See Table 1

                TABLE 1
                Offences recorded:
                Year\tTotal
                2020\t4
                Grand Total\t4

                Please give the outcome of each offence.
                See Table 7
                """);
        assertThat(p.questions()).extracting(Question::id).containsExactly("1", "2", "3", "3a");
        assertThat(p.passages(PassageKind.QUESTION_RESTATED)).extracting(x -> x.questionId()).containsExactly("1", "3");
        assertThat(p.tables().get(0).questionId()).isEqualTo("1");
        assertThat(p.tables().get(0).title()).isEqualTo("Offences recorded");
        assertThat(p.problems()).anyMatch(pr -> pr.message().contains("Table 7"));
    }

    @Test
    void aListRenumberedOneOneOneIsReadInOrder() {
        ParsedDisclosure p = parse("""
                1. The number of offences recorded against children
                1. The number of those offences with an online element
                1. The number of charges that followed
                """);
        assertThat(p.questions()).extracting(Question::id).containsExactly("1", "2", "3");
        assertThat(p.questions().get(2).numberingNote()).contains("read as question 3");
    }

    @Test
    void otherWaysOfStatingFigures() {
        ParsedDisclosure p = parse("""
                1. How many people were charged with the offence?
                Twelve people were charged.
                2. How many convictions followed?
                None of these cases have resulted in a conviction.
                """);
        assertThat(p.statedFigures()).extracting(s -> s.questionId() + "=" + s.value()).containsExactly("1=12", "2=0");
    }

    @Test
    void otherExemptions() {
        ParsedDisclosure p = parse("""
                Some names are withheld under Section 40(2) of the Act as personal information.
                Details of tactics are exempt under section 31 (law enforcement).
                The remainder would exceed the cost limit under Section 12.
                """);
        assertThat(p.exemptions()).extracting(e -> e.kind()).containsExactly(ExemptionKind.SECTION_40_PERSONAL_INFORMATION,
                ExemptionKind.SECTION_31_LAW_ENFORCEMENT, ExemptionKind.SECTION_12_COST_LIMIT);
    }

    @Test
    void aFootnoteMarkWithoutItsTextIsReported() {
        ParsedDisclosure p = parse("""
                Year\tTotal
                2020\t4
                2021‡\t2
                Grand Total\t6
                """);
        assertThat(row(p.tables().get(0), "2021").marks()).containsExactly("‡");
        assertThat(p.problems()).anyMatch(pr -> pr.message().contains("\"‡\"") && pr.message().contains("no footnote"));
    }

    @Test
    void debrisVariantsAndWindowsLineEndings() {
        ParsedDisclosure p = parse("Skip to main content\r\n\r\nPrint this page\r\nYear\tTotal\r\n2020\t4\r\n");
        assertThat(p.passages(PassageKind.DEBRIS)).hasSize(2);
        assertThat(p.tables().get(0).rows().get(0).cell(0).value()).isEqualTo(4L);
    }
}
