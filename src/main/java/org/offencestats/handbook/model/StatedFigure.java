package org.offencestats.handbook.model;

/**
 * A figure stated in prose rather than a table: "Six of the reported crimes above (1c) have resulted in a
 * conviction" is 6 of "reported crimes ... resulted in a conviction". The sentence is kept as published.
 */
public record StatedFigure(String questionId, long value, String wording, String sentence, SourceRef ref) {
}
