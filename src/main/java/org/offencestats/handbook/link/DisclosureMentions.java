package org.offencestats.handbook.link;

import org.offencestats.handbook.model.Block;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.model.ParsedDisclosure;
import org.offencestats.handbook.model.Passage;
import org.offencestats.handbook.model.PassageKind;
import org.offencestats.handbook.model.StatedFigureEntities;

import java.util.List;
import java.util.SortedSet;

/**
 * The offence codes and outcome types a disclosure mentions outside its tables' labels: in its passages (not
 * debris), its table captions, and its stated figures, so each mentioned entity's page can list the disclosure.
 */
final class DisclosureMentions {

    private final TextMentions mentions;

    DisclosureMentions(TextMentions mentions) {
        this.mentions = mentions;
    }

    void collect(ParsedDisclosure parsed, List<StatedFigureEntities> stated, SortedSet<String> offences, SortedSet<String> outcomes) {
        for (Block block : parsed.blocks()) {
            if (block instanceof Passage p && p.kind() != PassageKind.DEBRIS) {
                mentions.collect(p.text(), offences, outcomes);
            }
        }
        for (DataTable t : parsed.tables()) {
            mentions.collect(t.title(), offences, outcomes);
        }
        // A stated figure about an entity is a mention of it too, so the entity has a page that can list the figure.
        for (StatedFigureEntities s : stated) {
            (s.match().dimension() == Dimension.OUTCOME ? outcomes : offences).add(s.match().key());
        }
    }
}
