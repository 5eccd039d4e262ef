package org.offencestats.handbook.parse;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a response is: in the request (numbers there belong to the question, not the answer), after an answer
 * heading ("In response:", "Response", "Answer"), or neither. After an answer heading a numbered line that repeats a
 * question's number ("  1. There were 27,683 such incidents", "2. 4") answers that question; it is not a new one.
 * "Request 2" / "Question 2:" headings name the question on the next line; "Answer 2" / "Answers 2 & 3" the answer.
 */
final class AnswerSections {

    private static final Pattern REQUEST = Pattern.compile(
            "(?i)^(?:request|requests|you asked|your request|the request|request details|information requested)\\s*:?$");
    private static final Pattern ANSWER = Pattern.compile(
            "(?i)^(?:response|responses|in response|our response|answer|answers|reply|decision|the answer)\\s*:?$");
    /** "Request / Response", "Request and Answer": questions and answers alternate from here. */
    private static final Pattern MIXED = Pattern.compile("(?i)^request\\s*(?:/|and|&)\\s*(?:response|answer)s?\\s*:?$");
    private static final Pattern NUMBERED = Pattern.compile("^(?:[Qq]|[Qq]uestion\\s*)?(\\d{1,2})([a-z])?[.):]\\s*(\\S.*)$");
    /** Words that only a response uses: the request is over even without a heading. */
    private static final Pattern RESPONSE_WORDS = Pattern.compile("(?i)\\b(?:we have now had the opportunity|following receipt of your"
            + " request|i (?:can|am able to) (?:confirm|disclose|provide)|we can confirm|disclose the located information"
            + "|(?:is|are) as follows|please find (?:below|attached))\\b");
    private static final Pattern QUESTION_HEADING = Pattern.compile("(?i)^(?:request|question|q)\\s*(\\d{1,2})\\s*[.:]?$");
    private static final Pattern ANSWER_HEADING = Pattern.compile(
            "(?i)^(?:answers?|responses?|reply)\\s*(?:to\\s+(?:request|question)\\s*)?(\\d{1,2})(?:\\s*(?:,|&|and)\\s*\\d{1,2})*\\s*[.:]?$");

    private boolean inRequest;
    private boolean answered;

    /** Follows the headings; true when {@code text} was a section heading. */
    boolean see(String text) {
        if (RESPONSE_WORDS.matcher(text).find()) {
            inRequest = false;
            answered = true;
            return false;
        }
        if (MIXED.matcher(text).matches()) {
            inRequest = false;
            answered = false;
            return true;
        }
        if (REQUEST.matcher(text).matches()) {
            inRequest = true;
            answered = false;
            return true;
        }
        if (ANSWER.matcher(text).matches() || ANSWER_HEADING.matcher(text).matches()) {
            inRequest = false;
            answered = true;
            return true;
        }
        return false;
    }

    /** True between a request heading and the answer heading: numbers there are the request's, not answers. */
    boolean inRequest() {
        return inRequest;
    }

    /** "Request 2" or "Question 2:" alone on a line: the number of the question whose text follows. */
    Optional<Integer> questionHeading(String text) {
        Matcher m = QUESTION_HEADING.matcher(text);
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** "Answer 2", "Answers 2 & 3": the first question the answer below belongs to. */
    Optional<String> answerHeading(String text) {
        Matcher m = ANSWER_HEADING.matcher(text);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * The question a numbered line answers: its number must name a question already read, and either an answer
     * heading has been passed or the line opens with a figure ("  1. 45955", "2. 2011 - 3739").
     */
    Optional<String> answers(String text, Predicate<String> knownQuestion) {
        Matcher m = NUMBERED.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean opensWithFigure = Character.isDigit(m.group(3).charAt(0));
        if (!answered && !opensWithFigure) {
            return Optional.empty();
        }
        String id = m.group(1) + (m.group(2) == null ? "" : m.group(2));
        Optional<String> known = knownQuestion.test(id) ? Optional.of(id)
                : knownQuestion.test(m.group(1)) ? Optional.of(m.group(1)) : Optional.empty();
        if (known.isPresent()) {
            inRequest = false;
            answered = true;
        }
        return known;
    }
}
