package org.offencestats.handbook.parse;

/** A line of a source with its 1-based number. */
record SourceLine(int number, String text) {

    boolean isBlank() {
        return text.isBlank();
    }

    boolean hasTab() {
        return text.indexOf('\t') >= 0;
    }

    /** Tab-separated cells, keeping empty cells (also trailing ones). */
    String[] cells() {
        return text.split("\t", -1);
    }

    /** The 1-based character column where each tab-separated cell starts. */
    int[] cellColumns() {
        String[] cells = cells();
        int[] columns = new int[cells.length];
        int offset = 0;
        for (int i = 0; i < cells.length; i++) {
            columns[i] = offset + 1;
            offset += cells[i].length() + 1;
        }
        return columns;
    }
}
