package org.offencestats.handbook.render.figures;

import org.offencestats.handbook.paths.Links;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.EntityKey;
import org.offencestats.handbook.model.EntityMatch;
import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.model.StatedFigure;
import org.offencestats.handbook.render.view.Views.EntityStatedView;
import org.offencestats.handbook.render.view.Views.Link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The figures stated in disclosures' text that are about one entity. A linked stated figure is also a mention, so
 * the disclosures to look in are the entity's mentions: no second index to keep in step.
 */
public final class EntityStatedFigures {

    private EntityStatedFigures() {
    }

    /** The stated figures about {@code key} in these disclosures, disclosure by disclosure, in reading order. */
    public static List<EntityStatedView> of(Handbook handbook, EntityKey key, Collection<String> slugs, String root) {
        List<EntityStatedView> views = new ArrayList<>();
        for (String slug : slugs) {
            Disclosure d = handbook.disclosure(slug);
            List<StatedFigure> figures = d.parsed().statedFigures();
            for (int i = 0; i < figures.size(); i++) {
                if (about(d, i, key)) {
                    StatedFigure s = figures.get(i);
                    views.add(new EntityStatedView(new Link(d.title(), root + Links.disclosure(slug) + "#" + NumberViews.anchor(i)),
                            s.printed(), s.wording(), s.period(), s.ref().citeWithinFile()));
                }
            }
        }
        return views;
    }

    /** True when some disclosure states a figure about {@code key}. */
    public static boolean any(Handbook handbook, EntityKey key) {
        for (String slug : handbook.mentions(key.dimension(), key.key())) {
            Disclosure d = handbook.disclosure(slug);
            for (int i = 0; i < d.parsed().statedFigures().size(); i++) {
                if (about(d, i, key)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean about(Disclosure d, int figure, EntityKey key) {
        for (EntityMatch m : d.entities().statedFigure(figure)) {
            if (m.dimension() == key.dimension() && key.key().equals(m.key())) {
                return true;
            }
        }
        return false;
    }
}
