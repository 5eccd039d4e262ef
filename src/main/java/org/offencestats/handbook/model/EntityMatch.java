package org.offencestats.handbook.model;

/** A label linked to an entity: the entity's key (offence code or outcome type), why, and a note for readers. */
public record EntityMatch(String key, MatchBasis basis, String note) {
}
