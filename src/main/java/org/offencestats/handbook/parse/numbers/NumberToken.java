package org.offencestats.handbook.parse.numbers;

/**
 * A number as printed on one line: {@code start} and {@code end} are 0-based character offsets in the line,
 * {@code value} the whole number it stands for (null for a decimal such as "1.5"), {@code word} whether it is
 * written in words ("Six", "Nil").
 */
public record NumberToken(int start, int end, String printed, Long value, boolean word) {

    /** The 1-based column a {@code SourceRef} uses. */
    public int column() {
        return start + 1;
    }
}
