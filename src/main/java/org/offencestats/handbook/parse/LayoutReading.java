package org.offencestats.handbook.parse;

import java.util.List;

/** What a {@link LayoutReader} read: how many lines it consumed from its start, and the tables they hold. */
record LayoutReading(int lineCount, List<TableDraft> tables) {

    LayoutReading {
        if (lineCount < 1) {
            throw new IllegalArgumentException("a layout reading consumes at least one line");
        }
        tables = List.copyOf(tables);
    }
}
