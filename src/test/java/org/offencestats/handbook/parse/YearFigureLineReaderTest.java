package org.offencestats.handbook.parse;

import org.junit.jupiter.api.Test;
import org.offencestats.handbook.model.ParsedDisclosure;
import org.offencestats.handbook.model.StatedFigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offencestats.handbook.parse.StatedFixtures.describe;
import static org.offencestats.handbook.parse.StatedFixtures.parse;

class YearFigureLineReaderTest {

    @Test
    void aYearRangeWithOneFigureIsOneStatedFigure() {
        ParsedDisclosure p = parse("""
                4. How many of these cases remain open at present?

                a) 2012 – 2018 - 9
                """);
        assertThat(p.tables()).isEmpty();
        assertThat(p.statedFigures()).extracting(StatedFixtures::describe)
                .containsExactly("q=4 9 (9) at 3:18 period=2012 – 2018 | How many of these cases remain open at present?");
    }

    @Test
    void wordsAfterTheFigureSayWhatItCounts() {
        ParsedDisclosure p = parse("""
                2010 – 2015 – 2 still recorded as missing
                """);
        StatedFigure s = p.statedFigures().get(0);
        assertThat(describe(s)).isEqualTo("q=null 2 (2) at 1:15 period=2010 – 2015 | still recorded as missing");
        assertThat(s.sentence()).isEqualTo("2010 – 2015 – 2 still recorded as missing");
    }

    @Test
    void aSingleYearWithAQualifier() {
        ParsedDisclosure p = parse("""
                2023 up to 31st March - 1,044
                """);
        assertThat(p.statedFigures()).extracting(StatedFixtures::describe)
                .containsExactly("q=null 1,044 (1044) at 1:25 period=2023 up to 31st March | Number for 2023 up to 31st March");
    }

    @Test
    void noFigureWhereThereIsNoCount() {
        ParsedDisclosure p = parse("""
                2019 – no information held
                2021 –\s
                The period 2019 - 2021 was searched.
                """);
        assertThat(p.statedFigures()).isEmpty();
    }
}
