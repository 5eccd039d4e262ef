package org.offencestats.handbook.parse;

import java.util.List;
import java.util.Optional;

/**
 * One way responses lay out a table in text (tab-separated, space-aligned, one cell per line, " / " separated, a
 * whole table on one line...). Each reader is chosen by evidence in the text at a line, never by force or file
 * name, and reads the lines it spans into table drafts. The lines it consumes are shown as the table.
 */
interface LayoutReader {

    /** The table(s) this layout reads from {@code start}, or empty when the text there is not this layout. */
    Optional<LayoutReading> read(List<SourceLine> lines, int start, ReadingContext context);
}
