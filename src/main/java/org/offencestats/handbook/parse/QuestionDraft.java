package org.offencestats.handbook.parse;

import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Question;
import org.offencestats.handbook.model.SourceRef;

import java.util.ArrayList;
import java.util.List;

/** A question of the request as read so far; its tables are attached when the parse is assembled. */
record QuestionDraft(String id, String text, SourceRef ref, String note) {

    /** The questions with the tables that answer them. */
    static List<Question> finish(List<QuestionDraft> questions, List<DataTable> tables) {
        List<Question> finished = new ArrayList<>();
        for (QuestionDraft q : questions) {
            List<String> tableIds = tables.stream().filter(t -> q.id().equals(t.questionId())).map(DataTable::id).toList();
            finished.add(new Question(q.id(), q.text(), tableIds, q.ref(), q.note()));
        }
        return finished;
    }
}
