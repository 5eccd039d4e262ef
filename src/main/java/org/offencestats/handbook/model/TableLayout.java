package org.offencestats.handbook.model;

/** How a table was laid out in the source text. */
public enum TableLayout {
    TABS,
    /** Label and figure separated by spaces only ("Community Resolution 3"). */
    SPACES,
    /** One "YYYY – N" pair per line, or several on one line ("2014 – 2679, 2015 – 3549 & 2019 to July - 1878"). */
    YEAR_LINES,
    /** A label and several figures per line, separated by runs of spaces; rows may break across blank lines. */
    SPACED_COLUMNS,
    /** Flattened one cell per line: cells ending in " |", or cells separated by blank lines. */
    ONE_CELL_PER_LINE,
    /** A whole table on one line (or a few): headers then values, or "Label N Label N ... Grand Total N". */
    ONE_LINE,
    /** Cells separated by " / " beside headers that hold a slash of their own ("2005/06"). */
    SLASHES;

    /** What readers are told about the source's layout, or null when it is an ordinary tab-separated table. */
    public String sourceNote() {
        return switch (this) {
            case TABS -> null;
            case SPACES, SPACED_COLUMNS -> "In the source this table is laid out with spaces, not tab stops.";
            case ONE_CELL_PER_LINE -> "In the source this table is flattened to one cell per line.";
            case ONE_LINE -> "In the source this table is flattened into running text.";
            case SLASHES -> "In the source the cells of this table are separated by \" / \".";
            case YEAR_LINES -> "In the source this table is written as lines of a year and its figure.";
        };
    }
}
