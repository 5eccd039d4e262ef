package org.offencestats.handbook.model;

/** A footnote printed under a table: its mark ("*", "^") and text without the mark. */
public record Footnote(String mark, String text, SourceRef ref) {
}
