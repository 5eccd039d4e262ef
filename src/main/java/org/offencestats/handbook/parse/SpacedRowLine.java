package org.offencestats.handbook.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A line of a space-aligned table split into its label (possibly empty) and the figures that end it. */
record SpacedRowLine(String label, int labelColumn, List<String> figures, List<Integer> figureColumns) {

    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern SENTENCE_MARK = Pattern.compile("[.,;:?!]\\s|[.;:?!]$");
    private static final int MAX_LABEL_WORDS = 8;

    static SpacedRowLine of(String text) {
        List<String> words = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
            starts.add(m.start());
        }
        int firstFigure = words.size();
        while (firstFigure > 0 && (CellReader.isCount(words.get(firstFigure - 1)) || CellReader.isDash(words.get(firstFigure - 1)))) {
            firstFigure--;
        }
        String label = firstFigure == 0 ? "" : text.substring(starts.get(0), starts.get(firstFigure - 1) + words.get(firstFigure - 1).length());
        List<Integer> columns = starts.subList(firstFigure, words.size()).stream().map(s -> s + 1).toList();
        return new SpacedRowLine(label, firstFigure == 0 ? 0 : starts.get(0) + 1, List.copyOf(words.subList(firstFigure, words.size())), columns);
    }

    /** Text that can label a row: a few words, not a sentence. */
    boolean labelLikeARow() {
        return !label.isEmpty() && Character.isLetterOrDigit(label.codePointAt(0)) && label.split("\\s+").length <= MAX_LABEL_WORDS
                && !SENTENCE_MARK.matcher(label).find() && label.indexOf('|') < 0;
    }

    /** The same line read with its first figure as the label: a year row under a "Year" header ("2013   8155"). */
    SpacedRowLine firstFigureAsLabel() {
        return new SpacedRowLine(figures.get(0), figureColumns.get(0), figures.subList(1, figures.size()),
                figureColumns.subList(1, figureColumns.size()));
    }
}
