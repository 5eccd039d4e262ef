package org.offencestats.handbook.model;

import java.util.List;

/**
 * A question of the request: id such as "1", "1b", "2a"; its text; the tables and stated figures that
 * answer it (by id); and a note when the id had to be inferred (e.g. a list renumbered "1." twice).
 */
public record Question(String id, String text, List<String> tableIds, SourceRef ref, String numberingNote) {

    public Question {
        tableIds = List.copyOf(tableIds);
    }
}
