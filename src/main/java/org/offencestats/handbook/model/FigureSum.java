package org.offencestats.handbook.model;

import java.util.List;

/**
 * Adds figures only where adding is sound: within one published breakdown (the same disclosure, table and
 * column), which shares one scope, period and counting rule. Figures from different tables or disclosures
 * differ in scope or period, so their sum is refused, with the reason, never computed.
 */
public final class FigureSum {

    /** A total, or the reason there is none. */
    public record Result(Long total, String refusal) {

        public boolean refused() {
            return total == null;
        }
    }

    private FigureSum() {
    }

    public static Result of(List<Figure> figures) {
        if (figures.isEmpty()) {
            return new Result(null, "There are no figures to add.");
        }
        long breakdowns = figures.stream().map(f -> f.disclosureSlug() + "#" + f.tableId() + "#" + f.column()).distinct().count();
        if (breakdowns > 1) {
            long disclosures = figures.stream().map(Figure::disclosureSlug).distinct().count();
            return new Result(null, disclosures > 1
                    ? "Not added: the figures come from " + disclosures + " disclosures with different scopes and periods."
                    : "Not added: the figures come from different tables or columns, which count different things.");
        }
        if (figures.stream().anyMatch(f -> f.cell().kind().hidesACount())) {
            return new Result(null, "Not added: a figure is unreadable, lost, withheld or not held in the source.");
        }
        return new Result(figures.stream().mapToLong(f -> f.cell().contribution()).sum(), null);
    }
}
