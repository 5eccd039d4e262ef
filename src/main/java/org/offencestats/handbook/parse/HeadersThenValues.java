package org.offencestats.handbook.parse;

import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.model.SourceRef;
import org.offencestats.handbook.model.TableLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A one-row table on one line: N period headers, then exactly N figures in the same order
 * ("FY 2014-15 FY 2015-16 FY 2016-17 6175 23734 14954"). Nothing else may stand on the line.
 */
final class HeadersThenValues implements LayoutReader {

    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern FY = Pattern.compile("(?i)FY");

    /** A word of the line with its 0-based start. */
    private record Word(String text, int start) {
    }

    @Override
    public Optional<LayoutReading> read(List<SourceLine> lines, int start, ReadingContext context) {
        SourceLine line = lines.get(start);
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(line.text());
        while (m.find()) {
            words.add(new Word(m.group(), m.start()));
        }
        // Headers as read greedily: "FY" joins the period after it.
        List<Word> headers = new ArrayList<>();
        int w = 0;
        while (w < words.size()) {
            Word word = words.get(w);
            if (FY.matcher(word.text()).matches() && w + 1 < words.size() && TableParts.isPeriod(words.get(w + 1).text())) {
                Word period = words.get(w + 1);
                headers.add(new Word(line.text().substring(word.start(), period.start() + period.text().length()), word.start()));
                w += 2;
            } else if (TableParts.isPeriod(word.text())) {
                headers.add(word);
                w++;
            } else {
                break;
            }
        }
        // The last figures may look like years too: take as many headers as leave exactly as many figures.
        for (int h = headers.size(); h >= 2; h--) {
            int valuesFrom = wordsUsedBy(headers.subList(0, h), words);
            List<Word> values = words.subList(valuesFrom, words.size());
            if (values.size() == h && values.stream().allMatch(v -> CellReader.isCount(v.text()) || CellReader.isDash(v.text()))
                    && !values.stream().allMatch(v -> TableParts.isPeriod(v.text()))) {
                return Optional.of(build(line, headers.subList(0, h), values, context));
            }
        }
        return Optional.empty();
    }

    private static int wordsUsedBy(List<Word> headers, List<Word> words) {
        Word last = headers.get(headers.size() - 1);
        int end = last.start() + last.text().length();
        int used = 0;
        while (used < words.size() && words.get(used).start() < end) {
            used++;
        }
        return used;
    }

    private static LayoutReading build(SourceLine line, List<Word> headers, List<Word> values, ReadingContext context) {
        String file = context.file();
        List<Column> columns = new ArrayList<>();
        for (Word h : headers) {
            columns.add(TableParts.column(columns.size(), h.text(), new SourceRef(file, line.number(), h.start() + 1), true));
        }
        List<Cell> cells = new ArrayList<>();
        for (Word v : values) {
            cells.add(CellReader.read(v.text(), new SourceRef(file, line.number(), v.start() + 1), context.problems()));
        }
        Row row = TableParts.row(0, "", SourceRef.line(file, line.number()), cells, "The source gives this row no label.");
        TableDraft draft = new TableDraft(null, null, false, columns, List.of(row), TableLayout.ONE_LINE,
                SourceRef.line(file, line.number()), line.number());
        return new LayoutReading(1, List.of(draft));
    }
}
