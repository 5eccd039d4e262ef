package org.offencestats.handbook.link;

import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.model.EntityMatch;
import org.offencestats.handbook.model.MatchBasis;
import org.offencestats.handbook.model.ParsedDisclosure;
import org.offencestats.handbook.model.Question;
import org.offencestats.handbook.model.StatedFigure;
import org.offencestats.handbook.model.StatedFigureEntities;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Links each stated figure to the offences and outcomes it is about: those its wording names (by code, "outcome N",
 * or an alias of the taxonomy), else those the question it answers names. The figure's own words win because a
 * question often asks about several offences while each answer counts one.
 */
final class StatedFigureLinker {

    private final TaxonomyIndex taxonomy;
    private final TextMentions mentions;

    StatedFigureLinker(TaxonomyIndex taxonomy, TextMentions mentions) {
        this.taxonomy = taxonomy;
        this.mentions = mentions;
    }

    List<StatedFigureEntities> link(ParsedDisclosure parsed) {
        List<StatedFigureEntities> out = new ArrayList<>();
        List<StatedFigure> figures = parsed.statedFigures();
        for (int i = 0; i < figures.size(); i++) {
            StatedFigure s = figures.get(i);
            List<EntityMatch> matches = named(s.wording(), "The figure's wording names this ");
            if (matches.isEmpty()) {
                matches = named(question(parsed, s.questionId()), "The question this figure answers names this ");
            }
            for (EntityMatch m : matches) {
                out.add(new StatedFigureEntities(i, m));
            }
        }
        return out;
    }

    private List<EntityMatch> named(String text, String why) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        SortedSet<String> offences = new TreeSet<>();
        SortedSet<String> outcomes = new TreeSet<>();
        mentions.collect(text, offences, outcomes);
        taxonomy.match(Dimension.OFFENCE, text).filter(m -> m.isEntity() && m.dimension() == Dimension.OFFENCE)
                .ifPresent(m -> offences.add(m.key()));
        taxonomy.match(Dimension.OUTCOME, text).filter(m -> m.isEntity() && m.dimension() == Dimension.OUTCOME)
                .ifPresent(m -> outcomes.add(m.key()));
        List<EntityMatch> matches = new ArrayList<>();
        offences.forEach(code -> matches.add(new EntityMatch(Dimension.OFFENCE, code, MatchBasis.DESCRIPTION, why + "offence.")));
        outcomes.forEach(type -> matches.add(new EntityMatch(Dimension.OUTCOME, type, MatchBasis.DESCRIPTION, why + "outcome.")));
        return matches;
    }

    private static String question(ParsedDisclosure parsed, String id) {
        return id == null ? null : parsed.questions().stream().filter(q -> q.id().equals(id)).map(Question::text)
                .findFirst().orElse(null);
    }
}
