package org.offencestats.handbook.parse;

import org.junit.jupiter.api.Test;
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

class SpacedColumnsReaderTest {

    @Test
    void yearRowsUnderATwoWordHeaderWithTrailingSpacesAndBlankLines() {
        ParsedDisclosure p = parse("Year        Stops   \n\n2016        1,204      \n\n2017        988   \n\n2018        1010\n\nEnd of response.\n");
        DataTable t = p.tables().get(0);
        assertThat(t.layout()).isEqualTo(TableLayout.SPACED_COLUMNS);
        assertThat(t.rowDimension()).isEqualTo("Year");
        assertThat(t.columns()).extracting(c -> c.label()).containsExactly("Stops");
        assertThat(t.rows()).extracting(r -> r.label()).containsExactly("2016", "2017", "2018");
        assertThat(values(row(t, "2016"))).containsExactly(1204L);
        assertThat(at(row(t, "2017").cell(0))).isEqualTo("5:13");
        assertThat(t.endLine()).isEqualTo(7);
        assertThat(p.numbers().unplaced()).isEmpty();
    }

    @Test
    void multiWordLabelsAndHeadersWithARowBrokenAcrossBlankLines() {
        ParsedDisclosure p = parse("""
                Policing district Calls  Arrests
                Riverside East 210 14
                Old Town 1,830

                77

                Harbour

                402

                9
                Hill Top 55 3
                """);
        DataTable t = p.tables().get(0);
        assertThat(t.rowDimension()).isEqualTo("Policing district");
        assertThat(t.columns()).extracting(c -> c.label()).containsExactly("Calls", "Arrests");
        assertThat(values(row(t, "Old Town"))).containsExactly(1830L, 77L);
        assertThat(at(row(t, "Old Town").cell(1))).isEqualTo("5:1");
        assertThat(values(row(t, "Harbour"))).containsExactly(402L, 9L);
        assertThat(row(t, "Harbour").readingNote()).contains("broken across lines");
        assertThat(values(row(t, "Hill Top"))).containsExactly(55L, 3L);
        assertThat(p.numbers().unplaced()).isEmpty();
    }

    @Test
    void shortRowsForMonthsNotYetReachedAreMissingNotZero() {
        ParsedDisclosure p = parse("""
                Month   2022   2023
                Sep     22     19
                Oct     31     40
                Nov     28
                Dec     35
                """);
        DataTable t = p.tables().get(0);
        assertThat(t.rowDimension()).isEqualTo("Month");
        assertThat(t.columns()).extracting(c -> c.label()).containsExactly("2022", "2023");
        assertThat(row(t, "Nov").cell(1).kind()).isEqualTo(CellKind.LOST);
        assertThat(row(t, "Dec").cell(0).value()).isEqualTo(35L);
        assertThat(notes(p)).hasSize(2).allSatisfy(n -> assertThat(n.message()).contains("missing, not zero"));
    }

    @Test
    void oneWholeRowIsNotEnoughEvidence() {
        assertThat(parse("""
                Month   2022   2023
                Oct     31     40
                Nov     28
                """).tables()).isEmpty();
    }

    @Test
    void theSeedsTwoColumnSpacedTableIsStillReadByItsOwnReader() {
        DataTable t = parse("""
                Outcome Total
                Charged 12
                No further action 40
                Grand Total 52
                """).tables().get(0);
        assertThat(t.layout()).isEqualTo(TableLayout.SPACES);
    }

    @Test
    void proseAndAddressesAreNotTables() {
        ParsedDisclosure p = parse("""
                Contact details
                Telephone 0300 123 4567
                Police HQ Middle Road
                Unit 4 Park 12
                The team received 12 requests in 2019 and 14 in 2020.
                Our reference 2211 stands.
                """);
        assertThat(p.tables()).isEmpty();
    }
}
