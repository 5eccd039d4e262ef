package org.offencestats.handbook.model;

/** How a table was laid out in the source text. */
public enum TableLayout {
    TABS,
    /** Label and figure separated by spaces only ("Community Resolution 3"). */
    SPACES,
    /** One "YYYY – N" pair per line, or several on one line ("2014 – 2679, 2015 – 3549 & 2019 to July - 1878"). */
    YEAR_LINES
}
