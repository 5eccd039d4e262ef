package org.offencestats.handbook.pipeline;

import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.model.NumberPlace;

import java.util.SortedSet;

/** A build or check: the model, the paths written (or, for check, rendered and discarded), and how long it took. */
public record BuildSummary(Handbook handbook, SortedSet<String> paths, long millis) {

    public long pageCount() {
        return paths.stream().filter(p -> p.endsWith(".html")).count();
    }

    public long tableCount() {
        return handbook.disclosures().stream().mapToLong(d -> d.parsed().tables().size()).sum();
    }

    /** Every cell of every table (dashes and blanks included): the rows of the tidy dataset that are table cells. */
    public long tableFigures() {
        return handbook.disclosures().stream().flatMap(d -> d.parsed().tables().stream()).mapToLong(DataTable::figureCount).sum();
    }

    public long statedFigures() {
        return handbook.disclosures().stream().mapToLong(d -> d.parsed().statedFigures().size()).sum();
    }

    /** How many numbers of the sources ended in {@code place}, by the number ledgers. */
    public long numbers(NumberPlace place) {
        return handbook.disclosures().stream().map(Disclosure::parsed).mapToLong(p -> p.numbers().count(place)).sum();
    }

    /** "1136 figures (1133 table cells, 3 stated in the text), 240 non-figures, 2 unplaced numbers": for the summaries. */
    public String figureCounts() {
        long unplaced = numbers(NumberPlace.UNPLACED);
        return (tableFigures() + statedFigures()) + " figures (" + tableFigures() + " table cells, " + statedFigures()
                + " stated in the text), " + numbers(NumberPlace.NON_FIGURE) + " non-figures, " + unplaced
                + (unplaced == 1 ? " unplaced number" : " unplaced numbers");
    }
}
