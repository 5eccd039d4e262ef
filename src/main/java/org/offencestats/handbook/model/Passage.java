package org.offencestats.handbook.model;

/** A line of narrative: what it says (markup removed), its role, the question it belongs to (or null). */
public record Passage(PassageKind kind, String text, String questionId, SourceRef ref) implements Block {
}
