package org.offencestats.handbook.parse;

import org.offencestats.handbook.model.Problem;
import org.offencestats.handbook.model.SourceRef;

import org.offencestats.handbook.model.DataTable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Settles table numbers once the whole text is read: a number printed twice is replaced by the table's position (with
 * a warning), and an answer's "See Table 2" attaches table 2 to that answer's question (or is noted when the table
 * is not in the text).
 */
final class TableNumbering {

    private TableNumbering() {
    }

    static void resolve(List<TableAssembly> tables, Map<Integer, String> seeTableLinks, Function<String, SourceRef> questionRef,
                        List<Problem> problems) {
        Set<Integer> seen = new HashSet<>();
        for (TableAssembly table : tables) {
            if (seen.contains(table.number)) {
                problems.add(Problem.warning(table.draft.start(), "A second table is numbered " + table.number,
                        "Table numbers should be unique; this one is numbered by its position"));
                table.number = tables.indexOf(table) + 1 + 100;
            }
            seen.add(table.number);
        }
        for (Map.Entry<Integer, String> link : seeTableLinks.entrySet()) {
            TableAssembly target = tables.stream().filter(t -> t.number == link.getKey()).findFirst().orElse(null);
            if (target == null) {
                problems.add(Problem.note(questionRef.apply(link.getValue()), "The answer refers to Table " + link.getKey()
                        + ", which is not in the text", "The table may have been an attachment"));
            } else {
                target.questionId = link.getValue();
            }
        }
    }

    /** Every table of a parse, numbered and attached to their questions, built. */
    static List<DataTable> buildAll(String file, List<TableAssembly> tables, Map<Integer, String> seeTableLinks,
                                    List<QuestionDraft> questions, List<Problem> problems) {
        Function<String, SourceRef> questionRef = id -> questions.stream().filter(q -> q.id().equals(id)).map(QuestionDraft::ref)
                .findFirst().orElse(SourceRef.line(file, 1));
        resolve(tables, seeTableLinks, questionRef, problems);
        List<DataTable> built = new ArrayList<>();
        for (TableAssembly table : tables) {
            built.add(table.build(questions, problems));
        }
        return built;
    }
}
