package org.offencestats.handbook.model;

/** The disclosure as a document, in source order: narrative passages and the tables between them. */
public sealed interface Block permits Passage, TablePlacement {

    SourceRef ref();
}
