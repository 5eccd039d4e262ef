package org.offencestats.handbook.parse;

import java.util.List;

/**
 * Where a tab-separated table ends: its lines, with blank lines inside it, up to a line without tabs or, after a
 * blank line, a new header of another width (a second table).
 */
final class TabTableRegion {

    private TabTableRegion() {
    }

    /** The index just past the table that starts at {@code start}. */
    static int end(List<SourceLine> lines, int start) {
        int i = start + 1;
        int width = lines.get(start).cells().length;
        while (i < lines.size()) {
            SourceLine line = lines.get(i);
            if (line.hasTab()) {
                boolean afterBlank = lines.get(i - 1).isBlank();
                if (afterBlank && TabTableReader.looksLikeHeader(line.cells()) && line.cells().length != width) {
                    break;
                }
                i++;
            } else if (line.isBlank() && nextNonBlankHasTab(lines, i)) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean nextNonBlankHasTab(List<SourceLine> lines, int from) {
        for (int k = from; k < lines.size(); k++) {
            if (!lines.get(k).isBlank()) {
                return lines.get(k).hasTab();
            }
        }
        return false;
    }
}
