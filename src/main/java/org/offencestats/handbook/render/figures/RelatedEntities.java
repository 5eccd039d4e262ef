package org.offencestats.handbook.render.figures;

import org.offencestats.handbook.render.view.EntityNames;
import org.offencestats.handbook.paths.Links;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.EntityKey;
import org.offencestats.handbook.model.EntityMatch;
import org.offencestats.handbook.model.EntityRef;
import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.render.view.Views.Link;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The entities that share figures with one entity: for an offence row, the outcomes or periods of its columns; for
 * an outcome column, the offences of its rows; for a table about an entity, everything the table breaks it down by.
 */
public final class RelatedEntities {

    /** A heading ("Outcomes recorded with this") and the entities under it. */
    public record Group(String heading, List<Link> links) {
    }

    private RelatedEntities() {
    }

    public static List<Group> of(Handbook handbook, EntityNames names, EntityKey self, List<EntityRef> refs, String root) {
        Map<Dimension, SortedSet<EntityKey>> byDimension = new EnumMap<>(Dimension.class);
        for (EntityRef ref : refs) {
            Disclosure d = handbook.disclosure(ref.disclosureSlug());
            DataTable t = d.parsed().table(ref.tableId());
            List<EntityMatch> others = new ArrayList<>();
            if (ref.isWholeTable() || !ref.isRow()) {
                t.bodyRows().forEach(r -> others.add(d.links(t.id()).row(r.index())));
            }
            if (ref.isWholeTable() || ref.isRow()) {
                t.bodyColumns().forEach(c -> others.add(d.links(t.id()).column(c.index())));
            }
            others.stream().filter(Objects::nonNull).filter(EntityMatch::isEntity)
                    .filter(m -> m.dimension() != Dimension.PERIOD && m.dimension() != Dimension.TOTAL)
                    .map(m -> new EntityKey(m.dimension(), m.key())).filter(k -> !k.equals(self))
                    .forEach(k -> byDimension.computeIfAbsent(k.dimension(), x -> new TreeSet<>(names.readingOrder())).add(k));
        }
        List<Group> groups = new ArrayList<>();
        byDimension.forEach((dimension, keys) -> groups.add(new Group(heading(dimension),
                keys.stream().map(k -> new Link(names.label(k), root + Links.entity(k))).toList())));
        return groups;
    }

    private static String heading(Dimension d) {
        return switch (d) {
            case OFFENCE -> "Offences in the same tables";
            case OFFENCE_CLASS -> "Offence classes in the same tables";
            case OUTCOME -> "Outcomes recorded in the same tables";
            case PLATFORM -> "Platforms in the same tables";
            case AGE_BAND -> "Age bands in the same tables";
            default -> "Related";
        };
    }
}
