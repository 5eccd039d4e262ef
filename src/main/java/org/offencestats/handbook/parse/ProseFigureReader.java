package org.offencestats.handbook.parse;

import org.offencestats.handbook.model.SourceRef;
import org.offencestats.handbook.model.StatedFigure;
import org.offencestats.handbook.parse.numbers.NumberMemo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A count stated at the start of a sentence: "Six of the reported crimes above (1c) have resulted in a
 * conviction", "No arrests have been recorded that match these criteria".
 */
final class ProseFigureReader implements FigureLineReader {

    @Override
    public List<StatedFigure> read(List<SourceLine> lines, int index, ReadingContext context, Set<Integer> claimed) {
        SourceLine line = lines.get(index);
        String raw = line.text();
        String text = Markup.strip(raw);
        List<StatedFigure> figures = new ArrayList<>();
        int from = 0;
        for (String sentence : text.split("(?<=[.!?])\\s+")) {
            String s = sentence.strip();
            int at = raw.indexOf(s.isEmpty() ? sentence : s.substring(0, Math.min(s.length(), 12)), from);
            PassageRules.statedFigure(s).ifPresent(f -> {
                int column = at < 0 ? 0 : at + 1;
                String printed = s.split("\\s+", 2)[0];
                if (column == 0 || !claimed.contains(column - 1) && !explained(context.numbers(), raw, column - 1)) {
                    figures.add(new StatedFigure(context.questionId(), f.value(), f.wording(), s,
                            new SourceRef(context.file(), line.number(), column), printed, null));
                }
            });
            if (at >= 0) {
                from = at + 1;
            }
        }
        return figures;
    }

    /** "1 - How many people were arrested?": a number a rule explains (here a list number) states nothing. */
    private static boolean explained(NumberMemo numbers, String raw, int start) {
        return numbers.tokens(raw).stream().filter(t -> t.start() == start && !t.word()).findFirst()
                .map(t -> numbers.classify(raw, t).isPresent()).orElse(false);
    }
}
