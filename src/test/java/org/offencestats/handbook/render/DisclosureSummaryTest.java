package org.offencestats.handbook.render;

import org.junit.jupiter.api.Test;
import org.offencestats.handbook.render.page.DisclosureSummary;

import static org.assertj.core.api.Assertions.assertThat;

/** Ledes and descriptions are cut at a sentence or a whole word, never mid-word or after a dangling word or comma. */
class DisclosureSummaryTest {

    @Test
    void shortTextIsKeptWhole() {
        assertThat(DisclosureSummary.shorten("Arrests by outcome, 2021/22.", 155)).isEqualTo("Arrests by outcome, 2021/22.");
    }

    @Test
    void longTextIsCutAtASentenceWhenOneEndsLateEnough() {
        String text = "The force answered two of the four questions in full. " + "It gave no figures for the others, citing cost.";
        assertThat(DisclosureSummary.shorten(text, 70)).isEqualTo("The force answered two of the four questions in full.");
    }

    @Test
    void otherwiseItIsCutAtAWholeWordWithoutADanglingWord() {
        String text = "The table counts specified sexual offences recorded in financial year 2021/22 where one or more victims was under 18.";
        String cut = DisclosureSummary.shorten(text, 100);
        assertThat(cut).isEqualTo("The table counts specified sexual offences recorded in financial year 2021/22 where one or more…");
        assertThat(text).startsWith(cut.substring(0, cut.length() - 1));
        assertThat(ReaderText.cutShort(cut, text)).isEmpty();
        assertThat(DisclosureSummary.shorten("Counts of offences, outcomes, and platforms for every year", 30)).isEqualTo("Counts of offences, outcomes…");
    }

    @Test
    void aSentenceEndsWithOneFullStop() {
        assertThat(DisclosureSummary.sentence("read as 2a.")).isEqualTo("read as 2a.");
        assertThat(DisclosureSummary.sentence("read as question 2")).isEqualTo("read as question 2.");
    }
}
