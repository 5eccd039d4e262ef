package org.offencestats.handbook.parse.numbers;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberScannerTest {

    @Test
    void digitRunsKeepCommaThousandsAndDecimalsWhole() {
        assertThat(NumberScanner.scan("2017 – 12,625 and 450.00 then 1,2"))
                .extracting(NumberToken::printed).containsExactly("2017", "12,625", "450.00", "1", "2");
        assertThat(NumberScanner.scan("2017 – 12,625")).extracting(NumberToken::value).containsExactly(2017L, 12625L);
        assertThat(NumberScanner.scan("450.00").get(0).value()).isNull();
    }

    @Test
    void codesAndDatesWrittenWithSlashesOrDotsAreOneNumber() {
        assertThat(NumberScanner.scan("code 88/1 from 01/04/2020 and 01.01.20 in 2005/06"))
                .extracting(NumberToken::printed).containsExactly("88/1", "01/04/2020", "01.01.20", "2005/06");
        assertThat(NumberScanner.scan("88/1").get(0).value()).isNull();
    }

    @Test
    void columnsAreOneBasedAndPointAtTheNumber() {
        NumberToken t = NumberScanner.scan("  Charged – 5").get(0);
        assertThat(t.column()).isEqualTo(13);
        assertThat(t.printed()).isEqualTo("5");
    }

    @Test
    void numberWordsAreNumbersButNotInsideOtherWords() {
        assertThat(NumberScanner.scan("Six arrests, Nil charges, none cautioned; someone, nonentity, tone"))
                .extracting(t -> t.printed() + "=" + t.value() + (t.word() ? "w" : ""))
                .containsExactly("Six=6w", "Nil=0w", "none=0w");
    }

    @Test
    void aRunTooLongForACountHasNoValueRatherThanCrashing() {
        assertThat(NumberScanner.scan("99999999999999999999").get(0).value()).isNull();
    }

    @Test
    void gluedFiguresAreStillFound() {
        assertThat(NumberScanner.scan("Making/Taking26 arrested1")).extracting(NumberToken::printed).containsExactly("26", "1");
    }
}
