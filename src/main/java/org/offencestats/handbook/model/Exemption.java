package org.offencestats.handbook.model;

/** An exemption, refusal or missing attachment, quoting the sentence that states it. */
public record Exemption(ExemptionKind kind, String quote, String questionId, SourceRef ref) {
}
