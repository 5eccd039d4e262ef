package org.offencestats.handbook.model;

/**
 * Where something stands in a source file: 1-based line, and 1-based column (0 when the whole line is meant).
 * Every figure and note carries one so a reader can check it against the published text.
 */
public record SourceRef(String file, int line, int column) {

    public static SourceRef line(String file, int line) {
        return new SourceRef(file, line, 0);
    }

    public SourceRef atColumn(int newColumn) {
        return new SourceRef(file, line, newColumn);
    }

    /** "line 12" or "line 12, column 7": a place within a file the reader already knows. */
    public String citeWithinFile() {
        return column > 0 ? "line " + line + ", column " + column : "line " + line;
    }

    /** "file, line 12" or "file, line 12, column 7": how the site and error messages cite a place. */
    public String cite() {
        return column > 0 ? file + ", line " + line + ", column " + column : file + ", line " + line;
    }
}
