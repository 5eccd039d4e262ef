package org.offencestats.handbook.link;

import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.model.EntityMatch;
import org.offencestats.handbook.model.MatchBasis;
import org.offencestats.handbook.model.ParsedDisclosure;
import org.offencestats.handbook.model.Question;
import org.offencestats.handbook.model.RowEntities;
import org.offencestats.handbook.model.TableEntities;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A table whose rows are not offences, but whose caption or question names offence codes ("Count of Home Office
 * Code 88/1 and 88/2 offences ...", "... (home office code 86/2) ..."), gives figures about those offences.
 */
final class TableSubjects {

    private final TextMentions mentions;

    TableSubjects(TextMentions mentions) {
        this.mentions = mentions;
    }

    /** Adds to {@code out} the offences {@code table} is about as a whole; {@code rows} are its rows' links. */
    void link(ParsedDisclosure parsed, DataTable table, List<RowEntities> rows, List<TableEntities> out) {
        boolean offenceRows = rows.stream().anyMatch(r -> r.tableId().equals(table.id()) && r.match() != null
                && (r.match().dimension() == Dimension.OFFENCE || r.match().dimension() == Dimension.OFFENCE_CLASS));
        if (offenceRows) {
            return;
        }
        SortedSet<String> codes = new TreeSet<>();
        mentions.collect(table.title(), codes, new TreeSet<>());
        String question = parsed.questions().stream().filter(q -> q.id().equals(table.questionId())).map(Question::text)
                .findFirst().orElse(null);
        mentions.collect(question, codes, new TreeSet<>());
        for (String code : codes) {
            String others = codes.size() == 1 ? "" : " The figures cover " + String.join(" and ", codes)
                    + " together and are not split between them.";
            out.add(new TableEntities(table.id(), new EntityMatch(Dimension.OFFENCE, code, MatchBasis.DESCRIPTION,
                    "The whole table is about this offence: its " + (question != null && codes.size() == 1 ? "question" : "caption or question")
                            + " names the code." + others)));
        }
    }
}
