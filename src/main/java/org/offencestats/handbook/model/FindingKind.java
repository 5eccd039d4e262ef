package org.offencestats.handbook.model;

/** What the arithmetic audit found about a published total. */
public enum FindingKind {
    /** A published row total differs from the sum of its row. */
    ROW_TOTAL_MISMATCH,
    /** A published column total (or grand total) differs from the sum of its column. */
    COLUMN_TOTAL_MISMATCH,
    /** A total row was recovered from a garbled line; its figures are checked like any other. */
    TOTAL_RECOVERED,
    /** A total cell is missing from the source; the computed figure is shown instead, marked as computed. */
    TOTAL_LOST,
    /** A total could not be checked because a cell it adds up is unreadable or lost. */
    TOTAL_UNCHECKABLE
}
