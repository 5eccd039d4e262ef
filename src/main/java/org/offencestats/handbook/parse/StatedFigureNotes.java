package org.offencestats.handbook.parse;

import org.offencestats.handbook.model.Problem;
import org.offencestats.handbook.model.StatedFigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A figure stated in answer to a question should count what the question asks about: "No arrests have been
 * recorded" under a question about crimes recorded as outcome 22 is worth a note to readers.
 */
final class StatedFigureNotes {

    private StatedFigureNotes() {
    }

    static List<Problem> unaskedSubjects(List<StatedFigure> figures, List<QuestionDraft> questions) {
        List<Problem> notes = new ArrayList<>();
        for (StatedFigure figure : figures) {
            String question = questions.stream().filter(q -> q.id().equals(figure.questionId())).map(QuestionDraft::text)
                    .findFirst().orElse(null);
            String subject = figure.wording().split("\\s+")[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            String stem = subject.length() > 4 ? subject.substring(0, subject.length() - 1) : subject;
            if (question != null && !subject.equals("of") && !question.toLowerCase(Locale.ROOT).contains(stem)) {
                notes.add(Problem.note(figure.ref(), "The figure stated in answer to question " + figure.questionId()
                                + " counts \"" + subject + "\", which the question does not ask about",
                        "Read it as the force's answer, not as a count of what the question asked for"));
            }
        }
        return notes;
    }
}
