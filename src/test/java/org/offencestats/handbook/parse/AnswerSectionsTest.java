package org.offencestats.handbook.parse;

import org.junit.jupiter.api.Test;
import org.offencestats.handbook.model.ParsedDisclosure;
import org.offencestats.handbook.model.Question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offencestats.handbook.parse.StatedFixtures.parse;

class AnswerSectionsTest {

    @Test
    void numberedAnswersAfterAnAnswerHeadingAreNotNewQuestions() {
        ParsedDisclosure p = parse("""
                You asked:
                  1. Number of thefts of bicycles reported in 2020?
                  2. Number of those thefts that were detected?
                In response:
                  1. There were 1,240 thefts of bicycles reported to the force in that year.
                  2. Of these, 96 were detected.
                """);
        assertThat(p.questions()).extracting(Question::id).containsExactly("1", "2");
        assertThat(p.questions()).extracting(Question::text).noneMatch(t -> t.contains("1,240"));
    }

    @Test
    void aNumberedLineOpeningWithAFigureAnswersItsQuestionEvenWithoutAHeading() {
        ParsedDisclosure p = parse("""
                1. How many road traffic collisions were recorded last year?
                2. How many of these involved a fatality?
                1. 5 2019 - 311
                """);
        assertThat(p.questions()).extracting(Question::id).containsExactly("1", "2");
    }

    @Test
    void lettersThatOpenWithAnAnswerAreNotQuestions() {
        ParsedDisclosure p = parse("""
                3. How many complaints were upheld in the last five years?
                a) None were upheld in that time
                4. How many are still open?
                a) 2012 – 2018 - 9
                b) Please state the year each was opened
                """);
        assertThat(p.questions()).extracting(Question::id).containsExactly("3", "4", "4b");
    }

    @Test
    void requestAndAnswerHeadingsNumberTheQuestionsAndTheirAnswers() {
        ParsedDisclosure p = parse("""
                Request 1
                What is the number of open complaints against the force?

                Request 2
                How long does a complaint take to resolve?

                Answer 1
                47 complaints were open on that date.

                Answers 2 & 3
                The information is not held.
                """);
        assertThat(p.questions()).extracting(q -> q.id() + ":" + q.ref().line()).containsExactly("1:2", "2:5");
        assertThat(p.statedFigures()).extracting(s -> s.questionId() + "=" + s.value()).containsExactly("1=47");
    }

    @Test
    void numbersUnderARequestHeadingAreNotAnswers() {
        ParsedDisclosure p = parse("""
                Request:
                1 - How many people were arrested at the event?
                12 officers were asked to attend in the request.
                Response:
                3 people were arrested.
                """);
        assertThat(p.statedFigures()).extracting(s -> s.ref().line() + ":" + s.value()).containsExactly("5:3");
    }
}
