package org.offencestats.handbook.parse;

import org.junit.jupiter.api.Test;
import org.offencestats.handbook.ingest.SourceTextReader;
import org.offencestats.handbook.model.NonFigureKind;
import org.offencestats.handbook.model.NumberPlace;
import org.offencestats.handbook.model.ParsedDisclosure;
import org.offencestats.handbook.model.SourceNumber;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts written in words, answers in words, and labels that carry an age: each number ends where it belongs. */
class NumberWordFiguresTest {

    private static ParsedDisclosure parse(String text) {
        return new DisclosureParser().parse(new SourceTextReader(1_000_000).read("words.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void numberWordsThatCountAreStatedFiguresAndThresholdsAreNot() {
        ParsedDisclosure p = parse("""
                1. How many arrests were made for the offence in 2019?
                Three arrests were made.
                2. How many people were charged?
                There were three people charged and two cautioned.
                3. How many were convicted?
                No convictions have been recorded.
                4. How many were cautioned?
                None.
                5. How many victims were under 13?
                Victims aged under 13 - 12
                Crimes with one or more victims under 18 are counted once.
                """);
        assertThat(p.statedFigures()).extracting(s -> "L" + s.ref().line() + "C" + s.ref().column() + " " + s.printed() + "=" + s.value()
                        + " q" + s.questionId())
                .containsExactly("L2C1 Three=3 q1", "L4C12 three=3 q2", "L4C37 two=2 q2", "L6C1 No=0 q3", "L8C1 None=0 q4",
                        "L10C25 12=12 q5");
        assertThat(p.numbers().unplaced()).isEmpty();
        assertThat(p.numbers().numbers()).filteredOn(n -> n.ref().line() == 9 || n.ref().line() == 10)
                .filteredOn(n -> n.printed().equals("13")).extracting(SourceNumber::nonFigure)
                .containsExactly(NonFigureKind.AGE, NonFigureKind.AGE);
        assertThat(p.numbers().numbers()).filteredOn(n -> n.ref().line() == 11 && n.printed().equals("one"))
                .singleElement().satisfies(n -> {
                    assertThat(n.place()).isEqualTo(NumberPlace.NON_FIGURE);
                    assertThat(n.nonFigure()).isEqualTo(NonFigureKind.NUMBER_WORD);
                });
    }
}
