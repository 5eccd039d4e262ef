package org.offencestats.handbook.measure;

import java.util.List;

/**
 * How the handbook read one file against its truth: truth figures found with the right value on the right line,
 * figures the handbook made that the truth does not list, and numbers it left unplaced. The lists say which. Of
 * the non-figures the truth lists, those the handbook did not class as non-figures are listed too.
 */
public record FileScore(String file, int truthFigures, int found, List<String> missed, List<String> falseFigures,
                        List<String> unplaced, int truthNonFigures, List<String> nonFiguresNotClassified) {

    public FileScore {
        missed = List.copyOf(missed);
        falseFigures = List.copyOf(falseFigures);
        unplaced = List.copyOf(unplaced);
        nonFiguresNotClassified = List.copyOf(nonFiguresNotClassified);
    }

    public double recall() {
        return truthFigures == 0 ? 1.0 : (double) found / truthFigures;
    }
}
