package org.offencestats.handbook.parse;

import org.offencestats.handbook.model.StatedFigure;

import java.util.List;

/**
 * One way responses state figures outside tables, on a line that stays a passage of narrative: prose ("There
 * were 1,535 reported rapes"), answers ("=1", "Nil", a bare figure after its question), "label - N" lines,
 * "N female and N male". Readers are tried in order; the numbers a reader claims are not offered to the next.
 */
interface FigureLineReader {

    /**
     * The figures stated on {@code lines.get(index)}. {@code claimed} holds the 0-based start offsets of numbers on
     * that line already claimed by an earlier reader; a reader must not claim them again.
     */
    List<StatedFigure> read(List<SourceLine> lines, int index, ReadingContext context, java.util.Set<Integer> claimed);
}
