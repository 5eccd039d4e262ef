package org.offencestats.handbook.parse;

import org.junit.jupiter.api.Test;
import org.offencestats.handbook.model.ParsedDisclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offencestats.handbook.parse.StatedFixtures.parse;

class AnswerLineReaderTest {

    @Test
    void equalsAndWordsOnTheLineAfterTheirQuestion() {
        ParsedDisclosure p = parse("""
                1. How many drones were seized by the force?
                =3

                2. How many drone pilots were prosecuted?
                Nil
                3. How many prosecutions failed?
                a) None as none reached court
                """);
        assertThat(p.statedFigures()).extracting(StatedFixtures::describe).containsExactly(
                "q=1 3 (3) at 2:2 period=null | How many drones were seized by the force?",
                "q=2 Nil (0) at 5:1 period=null | How many drone pilots were prosecuted?",
                "q=3 None (0) at 7:4 period=null | How many prosecutions failed?");
    }

    @Test
    void aBareFigureUnderADateRangeTheQuestionLists() {
        ParsedDisclosure p = parse("""
                4. How many closure orders were applied for in the following periods?
                1st April 2021 - 31st March 2022
                14
                01/04/2022 to 31/03/2023
                1,021
                """);
        assertThat(p.statedFigures()).extracting(StatedFixtures::describe).containsExactly(
                "q=4 14 (14) at 3:1 period=1st April 2021 - 31st March 2022 | How many closure orders were applied for in the following periods?",
                "q=4 1,021 (1021) at 5:1 period=01/04/2022 to 31/03/2023 | How many closure orders were applied for in the following periods?");
    }

    @Test
    void numberedAnswersWhoseListNumberIsTheQuestions() {
        ParsedDisclosure p = parse("""
                  1. How many calls were made to the non-emergency line?
                  2. How many were abandoned?
                In Response:
                  1. 45,120
                  2. 1337
                """);
        assertThat(p.statedFigures()).extracting(StatedFixtures::describe).containsExactly(
                "q=1 45,120 (45120) at 4:6 period=null | How many calls were made to the non-emergency line?",
                "q=2 1337 (1337) at 5:6 period=null | How many were abandoned?");
    }

    @Test
    void bareNumbersWithoutEvidenceAreNotAnswers() {
        ParsedDisclosure p = parse("""
                1. How many cases were closed?
                The figures follow.
                12
                3. 44
                Page
                4
                """);
        assertThat(p.statedFigures()).isEmpty();
    }
}
