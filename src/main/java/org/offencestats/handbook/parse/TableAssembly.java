package org.offencestats.handbook.parse;

import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Footnote;
import org.offencestats.handbook.model.Problem;
import org.offencestats.handbook.model.Row;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A table as it is being read: footnotes arrive after it, its question may be named later ("See Table 2"). */
final class TableAssembly {

    private static final Pattern PARTIAL_IN_PROSE = Pattern.compile("(?i)so far this year|\\(to date\\)|year to date");
    private static final Pattern PARTIAL_FOOTNOTE = Pattern.compile("(?i)^(to|up to|until)\\s+\\d{1,2}(st|nd|rd|th)?\\s+\\p{L}+\\s+\\d{4}.*|.*\\bto date\\b.*");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d(/\\d\\d)?");

    final TableDraft draft;
    final List<Footnote> footnotes = new ArrayList<>();
    final String title;
    int number;
    String questionId;

    TableAssembly(TableDraft draft, int number, String title, String questionId) {
        this.draft = draft;
        this.number = number;
        this.title = title;
        this.questionId = questionId;
    }

    String id() {
        return "table-" + number;
    }

    DataTable build(List<QuestionDraft> questions, List<Problem> problems) {
        List<Column> columns = new ArrayList<>();
        for (Column column : draft.columns()) {
            columns.add(withPartialPeriod(column));
        }
        markProsePartialPeriod(columns, questions);
        checkMarksResolve(columns, problems);
        List<Row> rows = new ArrayList<>();
        for (Row row : draft.rows()) {
            Footnote partial = partialFootnote(row.marks());
            rows.add(partial == null ? row : row.withPeriodNote(partial.text(), partial.ref()));
        }
        String heading = title;
        if (heading == null) {
            heading = questions.stream().filter(q -> q.id().equals(questionId)).map(QuestionDraft::text).findFirst()
                    .orElse("Table " + number);
        }
        return new DataTable(id(), number, heading, questionId, draft.rowDimension(), draft.columnDimension(),
                draft.hasCodeColumn(), columns, rows, footnotes, draft.layout(), draft.start(), draft.endLine());
    }

    private Column withPartialPeriod(Column column) {
        Footnote partial = partialFootnote(column.marks());
        return partial == null ? column : column.withPeriodNote(partial.text(), partial.ref());
    }

    /** The footnote, among those a label's marks point to, that says the period is partial ("to 16 July 2015"). */
    private Footnote partialFootnote(List<String> marks) {
        for (String mark : marks) {
            for (Footnote note : footnotes) {
                if (note.mark().equals(mark) && PARTIAL_FOOTNOTE.matcher(note.text()).matches()) {
                    return note;
                }
            }
        }
        return null;
    }

    /** "so far this year" in the question: the latest year column of its tables is a partial period. */
    private void markProsePartialPeriod(List<Column> columns, List<QuestionDraft> questions) {
        String number = questionId == null ? null : questionId.replaceAll("^(\\d+).*$", "$1");
        if (number == null) {
            return;
        }
        for (QuestionDraft q : questions) {
            Matcher partial = PARTIAL_IN_PROSE.matcher(q.text());
            if (!q.id().equals(number) || !partial.find()) {
                continue;
            }
            for (int k = columns.size() - 1; k >= 0; k--) {
                Column c = columns.get(k);
                if (!c.total() && YEAR.matcher(c.label()).matches()) {
                    if (!c.partialPeriod()) {
                        columns.set(k, c.withPeriodNote(partial.group(), q.ref()));
                    }
                    return;
                }
            }
        }
    }

    private void checkMarksResolve(List<Column> columns, List<Problem> problems) {
        Set<String> marks = new LinkedHashSet<>();
        columns.forEach(c -> marks.addAll(c.marks()));
        for (Row row : draft.rows()) {
            marks.addAll(row.marks());
            for (Cell cell : row.cells()) {
                marks.addAll(cell.marks());
            }
        }
        for (String mark : marks) {
            if (footnotes.stream().noneMatch(f -> f.mark().equals(mark))) {
                problems.add(Problem.warning(draft.start(), "The footnote mark \"" + mark + "\" in table " + number
                        + " has no footnote text under the table", "Add the footnote text, or record a correction"));
            }
        }
    }
}
