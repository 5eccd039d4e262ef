package org.offencestats.handbook.parse;

import org.junit.jupiter.api.Test;
import org.offencestats.handbook.audit.TableAuditor;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.ParsedDisclosure;
import org.offencestats.handbook.model.TableLayout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offencestats.handbook.parse.LayoutFixtures.at;
import static org.offencestats.handbook.parse.LayoutFixtures.notes;
import static org.offencestats.handbook.parse.LayoutFixtures.parse;
import static org.offencestats.handbook.parse.LayoutFixtures.row;
import static org.offencestats.handbook.parse.LayoutFixtures.values;

class OneLineTableReaderTest {

    @Test
    void financialYearHeadersThenAsManyFigures() {
        ParsedDisclosure p = parse("""
                Q4 - the figures by financial year are:

                FY 2019-20 FY 2020-21 FY 2021-22 812 1,044 97
                """);
        DataTable t = p.tables().get(0);
        assertThat(t.layout()).isEqualTo(TableLayout.ONE_LINE);
        assertThat(t.columns()).extracting(c -> c.label()).containsExactly("FY 2019-20", "FY 2020-21", "FY 2021-22");
        assertThat(values(t.rows().get(0))).containsExactly(812L, 1044L, 97L);
        assertThat(at(t.rows().get(0).cell(1))).isEqualTo("3:38");
        assertThat(p.numbers().unplaced()).isEmpty();
    }

    @Test
    void plainYearHeadersWhoseFiguresLookLikeYears() {
        DataTable t = parse("2017 2018 2019 2001 1998 40\n").tables().get(0);
        assertThat(t.columns()).extracting(c -> c.label()).containsExactly("2017", "2018", "2019");
        assertThat(values(t.rows().get(0))).containsExactly(2001L, 1998L, 40L);
    }

    @Test
    void questionPrefixHeaderPairAndAGrandTotalThatAddsUp() {
        ParsedDisclosure p = parse("""
                Q2 Age Group Number of Stops Juveniles 31 Adult (18+) 402 Age Not Known 6 Grand Total 439
                """);
        DataTable t = p.tables().get(0);
        assertThat(t.rowDimension()).isEqualTo("Age Group");
        assertThat(t.columns().get(0).label()).isEqualTo("Number of Stops");
        assertThat(t.rows()).extracting(r -> r.label()).containsExactly("Juveniles", "Adult (18+)", "Age Not Known", "Grand Total");
        assertThat(row(t, "Grand Total").total()).isTrue();
        assertThat(new TableAuditor().audit(t).hasMismatch()).isFalse();
        assertThat(at(row(t, "Adult (18+)").cell(0))).isEqualTo("1:55");
    }

    @Test
    void pairsContinuedOverLinesWithBracketsAndSlashesAndATotalThatDoesNotAddUp() {
        ParsedDisclosure p = parse("""
                Q5 Country Number of Detainees Austria 3 Congo (Democratic Rep.) 12 Serbia / Montenegro 2

                St Kitts & Nevis 1 Korea (South) 7

                Grand Total 30
                Thank you.
                """);
        DataTable t = p.tables().get(0);
        assertThat(t.rows()).extracting(r -> r.label())
                .containsExactly("Austria", "Congo (Democratic Rep.)", "Serbia / Montenegro", "St Kitts & Nevis", "Korea (South)", "Grand Total");
        assertThat(at(row(t, "Korea (South)").cell(0))).isEqualTo("3:34");
        assertThat(t.endLine()).isEqualTo(5);
        assertThat(new TableAuditor().audit(t).hasMismatch()).isTrue();
    }

    @Test
    void aTableCutOffMidLabelKeepsTheCompletePairsAndNotesTheStop() {
        ParsedDisclosure p = parse("""
                Ethnicity Count White British 120 White Other 33 Black 9 Asian 14 Mix
                """);
        DataTable t = p.tables().get(0);
        assertThat(t.rows()).extracting(r -> r.label()).containsExactly("White British", "White Other", "Black", "Asian");
        assertThat(notes(p)).anySatisfy(n -> assertThat(n.message()).contains("\"Mix\""));
    }

    @Test
    void proseRequestListsAndDatesAreNotTables() {
        ParsedDisclosure p = parse("""
                There were 212 offences in 2010, of which 32 were online and 4 involved weapons.
                1 Gender 2 Religion 3 Nationality 4 Reason for detention
                Between March 2019 and June 2020 we received 14 requests.
                Act 2000 Section 40 Part 2
                2019 2020 2021 14 15
                """);
        assertThat(p.tables()).isEmpty();
    }
}
