package org.offencestats.handbook.model;

/**
 * A figure stated outside a table: in prose ("There were 1,535 reported rapes"), in an answer ("=1", "Nil"), or on
 * a "label - N" line. {@code wording} says what it counts (the words around it, its label, or the question);
 * {@code sentence} is the text it stands in, as published; {@code printed} the token exactly as printed ("1,535",
 * "Six", "Nil"); {@code period} the period the text gives for it, or null. {@code ref} points at the token.
 */
public record StatedFigure(String questionId, long value, String wording, String sentence, SourceRef ref,
                           String printed, String period) {

    public StatedFigure(String questionId, long value, String wording, String sentence, SourceRef ref) {
        this(questionId, value, wording, sentence, ref, String.valueOf(value), null);
    }
}
