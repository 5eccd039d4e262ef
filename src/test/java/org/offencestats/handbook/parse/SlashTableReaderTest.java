package org.offencestats.handbook.parse;

import org.junit.jupiter.api.Test;
import org.offencestats.handbook.audit.TableAuditor;
import org.offencestats.handbook.model.CellKind;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.ParsedDisclosure;
import org.offencestats.handbook.model.TableLayout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offencestats.handbook.parse.LayoutFixtures.at;
import static org.offencestats.handbook.parse.LayoutFixtures.parse;
import static org.offencestats.handbook.parse.LayoutFixtures.row;
import static org.offencestats.handbook.parse.LayoutFixtures.values;
import static org.offencestats.handbook.parse.LayoutFixtures.warnings;

class SlashTableReaderTest {

    @Test
    void financialYearHeadersKeepTheirOwnSlashAndTheTotalAddsUp() {
        ParsedDisclosure p = parse("""
                Arrests by district
                2012/13 / 2013/14 / 2014/15
                North Shore / 12 / 1,050 / 7
                Hill Country / 3 / 0 / 11
                Total / 15 / 1,050 / 18
                These are arrests, not people.
                """);
        DataTable t = p.tables().get(0);
        assertThat(t.layout()).isEqualTo(TableLayout.SLASHES);
        assertThat(t.columns()).extracting(c -> c.label()).containsExactly("2012/13", "2013/14", "2014/15");
        assertThat(t.columns().get(1).ref().column()).isEqualTo(11);
        assertThat(values(row(t, "North Shore"))).containsExactly(12L, 1050L, 7L);
        assertThat(at(row(t, "North Shore").cell(1))).isEqualTo("3:20");
        assertThat(row(t, "Total").total()).isTrue();
        assertThat(new TableAuditor().audit(t).hasMismatch()).isFalse();
        assertThat(t.endLine()).isEqualTo(5);
        assertThat(p.numbers().unplaced()).isEmpty();
    }

    @Test
    void aStubHeaderDashesBlankLinesAndATotalThatDoesNotAddUp() {
        ParsedDisclosure p = parse("""
                Area / 2019 / 2020

                East / 4 / -

                West / 6 / 2
                Total / 11 / 2
                """);
        DataTable t = p.tables().get(0);
        assertThat(t.rowDimension()).isEqualTo("Area");
        assertThat(t.columns()).extracting(c -> c.label()).containsExactly("2019", "2020");
        assertThat(row(t, "East").cell(1).kind()).isEqualTo(CellKind.DASH);
        assertThat(new TableAuditor().audit(t).hasMismatch()).isTrue();
        assertThat(warnings(p)).isEmpty();
    }

    @Test
    void slashesInProseAndAOneRowListAreNotATable() {
        ParsedDisclosure p = parse("""
                Staff and / or officers / contractors
                Any / 2 / 3
                The request asks for 2019/20 / 2020/21 figures.
                """);
        assertThat(p.tables()).isEmpty();
    }
}
