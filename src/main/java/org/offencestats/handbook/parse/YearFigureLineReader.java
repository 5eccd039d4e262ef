package org.offencestats.handbook.parse;

import org.offencestats.handbook.model.SourceRef;
import org.offencestats.handbook.model.StatedFigure;
import org.offencestats.handbook.parse.numbers.NumberScanner;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A line holding one "YYYY – N" pair ("a) 2013 – 2019 - 6", "2013 – 2019 – 1 still a long term misper"): one figure
 * for that period. Runs of two or more pairs are tables ({@link YearCountTableReader}); this reader sees only the
 * lines no table took.
 */
final class YearFigureLineReader implements FigureLineReader {

    @Override
    public List<StatedFigure> read(List<SourceLine> lines, int index, ReadingContext context, Set<Integer> claimed) {
        SourceLine line = lines.get(index);
        Optional<YearPairs.Line> read = YearPairs.read(line.text());
        if (read.isEmpty() || read.get().pairs().size() != 1) {
            return List.of();
        }
        YearPairs.Pair pair = read.get().pairs().get(0);
        if (pair.kind() != YearPairs.ValueKind.NUMBER || claimed.contains(pair.valueStart()) || NumberScanner.valueOf(pair.value()) == null) {
            return List.of();
        }
        String wording = pair.tail() != null ? pair.tail()
                : context.questionText() != null ? context.questionText() : "Number for " + pair.period();
        return List.of(new StatedFigure(context.questionId(), NumberScanner.valueOf(pair.value()), wording,
                Markup.strip(line.text()), new SourceRef(context.file(), line.number(), pair.valueStart() + 1),
                pair.value(), pair.period()));
    }
}
