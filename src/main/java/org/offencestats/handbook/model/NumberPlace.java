package org.offencestats.handbook.model;

/** Where a number printed in a source ended up. Every number ends in exactly one place; none is dropped. */
public enum NumberPlace {
    /** A cell of a table (a figure, a published total, or a numeric cell the parser reports as unreadable). */
    TABLE_CELL,
    /** A count stated outside a table: in prose, in an answer, or on a "label - N" line. */
    STATED_FIGURE,
    /** Not a statistic: a date, year, reference, code, statute, list number and the like, with its reason. */
    NON_FIGURE,
    /** None of the above could be decided: reported as a warning with file, line and column. */
    UNPLACED;

    public String describe() {
        return switch (this) {
            case TABLE_CELL -> "table cell";
            case STATED_FIGURE -> "stated figure";
            case NON_FIGURE -> "not a figure";
            case UNPLACED -> "unplaced";
        };
    }
}
