package org.offencestats.handbook.parse;

import org.junit.jupiter.api.Test;
import org.offencestats.handbook.audit.TableAuditor;
import org.offencestats.handbook.model.CellKind;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.ParsedDisclosure;
import org.offencestats.handbook.model.TableLayout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offencestats.handbook.parse.LayoutFixtures.at;
import static org.offencestats.handbook.parse.LayoutFixtures.notes;
import static org.offencestats.handbook.parse.LayoutFixtures.parse;
import static org.offencestats.handbook.parse.LayoutFixtures.row;
import static org.offencestats.handbook.parse.LayoutFixtures.values;
import static org.offencestats.handbook.parse.LayoutFixtures.warnings;

class CellPerLineReaderTest {

    @Test
    void pipedCellsUnderAnEmptyStubAndYearsWithAFirstFigureThatLooksLikeAYear() {
        ParsedDisclosure p = parse("""
                The response times were as follows.
                |
                2018 |
                2019 |
                2020 |
                Within 1 hour |
                1987 |
                2,104 |
                655 |
                1-3 hrs |
                12 |
                0 |
                - |
                Total |
                1999 |
                2104 |
                655 |
                Thank you for your request.
                """);
        DataTable t = p.tables().get(0);
        assertThat(t.layout()).isEqualTo(TableLayout.ONE_CELL_PER_LINE);
        assertThat(t.columns()).extracting(c -> c.label()).containsExactly("2018", "2019", "2020");
        assertThat(t.rows()).extracting(r -> r.label()).containsExactly("Within 1 hour", "1-3 hrs", "Total");
        assertThat(values(row(t, "Within 1 hour"))).containsExactly(1987L, 2104L, 655L);
        assertThat(row(t, "1-3 hrs").cell(2).kind()).isEqualTo(CellKind.DASH);
        assertThat(row(t, "Total").total()).isTrue();
        assertThat(at(row(t, "Within 1 hour").cell(1))).isEqualTo("8:1");
        assertThat(t.start().line()).isEqualTo(2);
        assertThat(t.endLine()).isEqualTo(17);
        assertThat(new TableAuditor().audit(t).hasMismatch()).isFalse();
        assertThat(p.numbers().unplaced()).isEmpty();
    }

    @Test
    void pipedFinancialYearsThenOneUnlabelledRowAndATextHeaderTableCutOffAfterItsCode() {
        ParsedDisclosure p = parse("""
                Crimes in each year:
                2019/2020 |
                2020/2021 |
                  41 |
                  57 |
                Offences by type in 2020/21 only.
                Offence |
                Count |
                9A - Public fear, alarm or distress |
                14 |
                8M - Sending letters with intent |
                6 |
                105A - Assault without injury |
                3 |
                28 - Burglary in a dwel
                """);
        assertThat(p.tables()).hasSize(2);
        DataTable years = p.tables().get(0);
        assertThat(years.columns()).extracting(c -> c.label()).containsExactly("2019/2020", "2020/2021");
        assertThat(years.rows()).hasSize(1);
        assertThat(values(years.rows().get(0))).containsExactly(41L, 57L);
        assertThat(at(years.rows().get(0).cell(0))).isEqualTo("4:3");
        DataTable types = p.tables().get(1);
        assertThat(types.rowDimension()).isEqualTo("Offence");
        assertThat(types.columns()).extracting(c -> c.label()).containsExactly("Count");
        assertThat(values(row(types, "8M - Sending letters with intent"))).containsExactly(6L);
        assertThat(row(types, "28 - Burglary in a dwel").cell(0).kind()).isEqualTo(CellKind.LOST);
        assertThat(notes(p)).anySatisfy(n -> assertThat(n.message()).contains("stops in the middle of the table"));
        assertThat(types.endLine()).isEqualTo(15);
    }

    @Test
    void anEmptyPipeCellBeforeEachRowLabelledByADateRange() {
        ParsedDisclosure p = parse("""
                Period |
                Reports |
                Arrests |
                |
                01.04.19 - 31.03.20 |
                310 |
                42 |
                |
                01.04.20 - 31.03.21 |
                288 |
                |
                """);
        DataTable t = p.tables().get(0);
        assertThat(t.rowDimension()).isEqualTo("Period");
        assertThat(t.columns()).extracting(c -> c.label()).containsExactly("Reports", "Arrests");
        assertThat(values(row(t, "01.04.19 - 31.03.20"))).containsExactly(310L, 42L);
        assertThat(row(t, "01.04.20 - 31.03.21").cell(1).kind()).isEqualTo(CellKind.BLANK);
        assertThat(at(row(t, "01.04.20 - 31.03.21").cell(0))).isEqualTo("10:1");
    }

    @Test
    void cellsBetweenBlankLinesWithSpacesForEmptyCellsAndMonthRows() {
        ParsedDisclosure p = parse("""
                b) Monthly figures:

                 \n
                2021

                2022

                2023

                Jan

                 \n
                14

                19

                Feb

                11

                 \n
                23

                Mar

                9

                7

                 \n
                Please note the figures are provisional.
                """);
        DataTable t = p.tables().get(0);
        assertThat(t.columns()).extracting(c -> c.label()).containsExactly("2021", "2022", "2023");
        assertThat(t.rows()).extracting(r -> r.label()).containsExactly("Jan", "Feb", "Mar");
        assertThat(row(t, "Jan").cell(0).kind()).isEqualTo(CellKind.BLANK);
        assertThat(values(row(t, "Feb"))).containsExactly(11L, null, 23L);
        assertThat(row(t, "Mar").cell(2).kind()).isEqualTo(CellKind.BLANK);
        assertThat(at(row(t, "Mar").cell(1))).isEqualTo("31:1");
        assertThat(warnings(p)).isEmpty();
    }

    @Test
    void shortLinesBetweenBlankLinesWithoutAHeaderOfYearsAreNotATable() {
        ParsedDisclosure p = parse("""
                Dear Sir

                12 March 2021

                Reference

                4411

                Thank you
                """);
        assertThat(p.tables()).isEmpty();
    }

    @Test
    void proseWithPipesAndASingleFigureIsNotATable() {
        ParsedDisclosure p = parse("""
                Name |
                Jane Smith |
                Phone |
                0123 |
                Our reference is 42.
                """);
        assertThat(p.tables()).isEmpty();
    }

    @Test
    void aListOfYearsWithOneFigureEachOnConsecutiveLinesIsNotReadHere() {
        ParsedDisclosure p = parse("""
                2019
                2020
                The figures follow.
                """);
        assertThat(p.tables()).isEmpty();
    }
}
