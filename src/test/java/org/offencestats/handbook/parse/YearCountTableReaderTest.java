package org.offencestats.handbook.parse;

import org.junit.jupiter.api.Test;
import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.CellKind;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.NumberPlace;
import org.offencestats.handbook.model.ParsedDisclosure;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.model.TableLayout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offencestats.handbook.parse.StatedFixtures.parse;

class YearCountTableReaderTest {

    private static String cells(DataTable t) {
        StringBuilder b = new StringBuilder();
        for (Row r : t.rows()) {
            Cell c = r.cell(0);
            b.append(r.label()).append('=').append(c.kind() == CellKind.NUMBER ? c.value() : c.kind()).append('@')
                    .append(c.ref().line()).append(':').append(c.ref().column()).append(' ');
        }
        return b.toString().strip();
    }

    @Test
    void newestFirstLinesWithEnDashesAndAQualifiedFirstYear() {
        ParsedDisclosure p = parse("""
                1. How many stop and search records were made by year?
                2021 up to 30th June – 81
                2020 – 1,402
                2019 – 977
                """);
        DataTable t = p.tables().get(0);
        assertThat(t.layout()).isEqualTo(TableLayout.YEAR_LINES);
        assertThat(t.questionId()).isEqualTo("1");
        assertThat(cells(t)).isEqualTo("2021=81@2:24 2020=1402@3:8 2019=977@4:8");
        assertThat(t.rows().get(0).periodNote()).isEqualTo("up to 30th June");
        assertThat(t.rows().get(0).periodNoteRef().column()).isEqualTo(6);
        assertThat(t.rows().get(1).partialPeriod()).isFalse();
        assertThat(p.numbers().unplaced()).isEmpty();
    }

    @Test
    void oldestFirstWithHyphensAndBlankLinesBetweenAndACutOffLastYear() {
        ParsedDisclosure p = parse("""
                Reports received – 01 January 2018 to 31 December 2022:

                2018 - 3,310

                2019 - 2,954

                2020 -\s
                """);
        DataTable t = p.tables().get(0);
        assertThat(cells(t)).isEqualTo("2018=3310@3:8 2019=2954@5:8 2020=LOST@7:8");
        assertThat(p.problems()).anyMatch(pr -> pr.message().contains("2020") && pr.message().contains("cut off") == false
                && pr.hint().contains("cut off"));
    }

    @Test
    void severalPairsOnOneLineWithAQualifiedLastPair() {
        ParsedDisclosure p = parse("""
                2016 – 440, 2017 – 512, 2018 - 498 & 2019 to August - 301
                """);
        DataTable t = p.tables().get(0);
        assertThat(cells(t)).isEqualTo("2016=440@1:8 2017=512@1:20 2018=498@1:32 2019=301@1:55");
        assertThat(t.rows().get(3).periodNote()).isEqualTo("to August");
        assertThat(p.statedFigures()).isEmpty();
    }

    @Test
    void aYearAnsweredInWordsIsNotZero() {
        ParsedDisclosure p = parse("""
                b)
                2015 – no information held
                2016 – 12
                2017 – 0
                """);
        DataTable t = p.tables().get(0);
        assertThat(cells(t)).isEqualTo("2015=UNREADABLE@2:8 2016=12@3:8 2017=0@4:8");
        assertThat(t.rows().get(0).cell(0).raw()).isEqualTo("no information held");
        assertThat(p.problems()).anyMatch(pr -> pr.ref().line() == 2 && pr.message().contains("no information held"));
    }

    @Test
    void listNumbersStartNewTablesAndAreNotFigures() {
        ParsedDisclosure p = parse("""
                  1. 2011 - 1,203
                    2012 - 1,150

                  2. 2011 - 88
                    2012 - 91
                """);
        assertThat(p.tables()).hasSize(2);
        assertThat(cells(p.tables().get(0))).isEqualTo("2011=1203@1:13 2012=1150@2:12");
        assertThat(cells(p.tables().get(1))).isEqualTo("2011=88@4:13 2012=91@5:12");
        assertThat(p.numbers().in(NumberPlace.UNPLACED)).isEmpty();
    }

    @Test
    void notPairs() {
        ParsedDisclosure p = parse("""
                Figures for 2019 – 2020 are below.
                The Act of 2000 - see section 12.
                2019/20 - 45
                2019 - 45 people were arrested, 2020 - 50
                2019 – 4
                2019 – 6
                """);
        assertThat(p.tables()).isEmpty();
    }
}
