package org.offencestats.handbook.parse;

import org.offencestats.handbook.model.StatedFigure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The layout readers and figure-line readers, in the order they are tried. Add a new layout here. */
final class Readers {

    /** Table layouts beyond tabs and the seeds' spaced tables, tried in order at each line of narrative, most specific first. */
    private static final List<LayoutReader> LAYOUTS = List.of(new YearCountTableReader(), new SlashTableReader(), new CellPerLineReader(),
            new OneLineTableReader(), new SpacedColumnsReader());
    /** Readers of figures stated on lines of narrative, tried in order. */
    private static final List<FigureLineReader> FIGURE_LINES = List.of(new YearFigureLineReader(), new AnswerLineReader(),
            new LabelValueLineReader(), new ProseFigureReader(), new ProseCountReader());

    private Readers() {
    }

    /** The first table layout that recognises the text at {@code start}, if any. */
    static Optional<LayoutReading> layoutAt(List<SourceLine> lines, int start, ReadingContext context) {
        for (LayoutReader reader : LAYOUTS) {
            Optional<LayoutReading> reading = reader.read(lines, start, context);
            if (reading.isPresent()) {
                return reading;
            }
        }
        return Optional.empty();
    }

    /** Figures stated on a line of narrative: each reader in turn, none claiming a number twice. */
    static List<StatedFigure> figuresOn(List<SourceLine> lines, int index, ReadingContext context) {
        List<StatedFigure> figures = new ArrayList<>();
        Set<Integer> claimed = new HashSet<>();
        for (FigureLineReader reader : FIGURE_LINES) {
            for (StatedFigure figure : reader.read(lines, index, context, claimed)) {
                claimed.add(figure.ref().column() - 1);
                figures.add(figure);
            }
        }
        return figures;
    }
}
