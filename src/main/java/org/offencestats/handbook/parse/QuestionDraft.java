package org.offencestats.handbook.parse;

import org.offencestats.handbook.model.SourceRef;

/** A question of the request as read so far; its tables are attached when the parse is assembled. */
record QuestionDraft(String id, String text, SourceRef ref, String note) {
}
