package org.offencestats.handbook.link;

import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.model.EntityMatch;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Chooses the one dimension each axis of a table has: the taxonomy that names most of its labels. A table with a
 * code column is about offences; a single value column headed "Total" or "Number" is a measure, not a dimension.
 */
final class AxisDimensions {

    /** The order in which dimensions win a tie: offences and outcomes are what the handbook is about. */
    private static final List<Dimension> CANDIDATES = List.of(Dimension.OFFENCE, Dimension.OUTCOME, Dimension.PLATFORM,
            Dimension.AGE_BAND, Dimension.PERIOD);
    private static final Pattern MEASURE = Pattern.compile("(?i)total|count|number|crimes|offences");

    private final TaxonomyIndex taxonomy;

    AxisDimensions(TaxonomyIndex taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** The rows' dimension; null when no taxonomy names any row. */
    Dimension rows(DataTable table) {
        if (table.hasCodeColumn()) {
            return Dimension.OFFENCE;
        }
        // A row stating a code counts for offences whatever its wording.
        return choose(table.bodyRows().stream().map(r -> r.code().code() != null ? "" : r.label()).toList(),
                table.bodyRows().stream().anyMatch(r -> r.code().code() != null));
    }

    /** True when the table's only value column is the count itself ("Total", "Number of crimes"). */
    static boolean measureOnly(DataTable table) {
        List<Column> body = table.bodyColumns();
        return body.size() == 1 && MEASURE.matcher(body.get(0).label()).matches();
    }

    /** The columns' dimension; null when no taxonomy names any column or the only column is a measure. */
    Dimension columns(DataTable table) {
        return measureOnly(table) ? null : choose(table.bodyColumns().stream().map(Column::label).toList(), false);
    }

    /** The dimension that names most labels (entities first, then explicit non-entities); null if none names any. */
    private Dimension choose(List<String> labels, boolean codesStated) {
        Dimension best = null;
        long bestEntities = 0;
        long bestAny = 0;
        for (Dimension d : CANDIDATES) {
            // Each label is matched once per dimension; both counts read the same matches.
            List<Optional<EntityMatch>> matches = labels.stream().map(l -> taxonomy.match(d, l)).toList();
            long entities = matches.stream().filter(m -> m.map(EntityMatch::isEntity).orElse(false)).count()
                    + (d == Dimension.OFFENCE && codesStated ? labels.stream().filter(String::isEmpty).count() : 0);
            long any = matches.stream().filter(Optional::isPresent).count();
            if (entities > bestEntities || (entities == bestEntities && any > bestAny)) {
                best = d;
                bestEntities = entities;
                bestAny = any;
            }
        }
        return bestEntities + bestAny == 0 ? null : best;
    }
}
