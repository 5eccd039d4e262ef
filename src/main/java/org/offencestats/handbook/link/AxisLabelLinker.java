package org.offencestats.handbook.link;

import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.ColumnEntities;
import org.offencestats.handbook.model.Correction;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.model.EntityMatch;
import org.offencestats.handbook.model.MatchBasis;
import org.offencestats.handbook.model.Problem;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.model.RowEntities;

import java.util.List;
import java.util.Optional;

/**
 * Links each row and column label of a table within its axis's dimension, and warns, with file and line, about
 * every label it cannot link: a maintainer adds an alias, lists it as not classifiable, or records a correction.
 */
final class AxisLabelLinker {

    private final TaxonomyIndex taxonomy;
    private final AxisDimensions dimensions;
    private final OffenceResolution offences;

    AxisLabelLinker(TaxonomyIndex taxonomy) {
        this.taxonomy = taxonomy;
        this.dimensions = new AxisDimensions(taxonomy);
        this.offences = new OffenceResolution(taxonomy);
    }

    void linkRows(DataTable table, List<Correction> corrections, List<RowEntities> out, List<Problem> problems) {
        Dimension dimension = dimensions.rows(table);
        for (Row row : table.rows()) {
            EntityMatch match;
            if (row.total()) {
                match = new EntityMatch(Dimension.TOTAL, null, MatchBasis.TOTAL, "A total as published, checked by the audit.");
            } else if (dimension == Dimension.OFFENCE) {
                match = offences.resolve(table, row, corrections);
            } else {
                match = dimension == null ? null : periodAware(dimension, row.label(), row.periodNote());
            }
            if (match == null) {
                problems.add(Problem.warning(row.ref(), "The row \"" + row.label() + "\" in table " + table.number() + " matches no "
                                + (dimension == null ? "taxonomy" : dimension.noun() + " in the taxonomy") + because(row.label()),
                        "Maintainers: add the wording as an alias in content/taxonomies/, list it as not classifiable, or record a correction"));
            }
            out.add(new RowEntities(table.id(), row.index(), match));
        }
    }

    void linkColumns(DataTable table, List<ColumnEntities> out, List<Problem> problems) {
        boolean measureOnly = AxisDimensions.measureOnly(table);
        Dimension dimension = dimensions.columns(table);
        for (Column column : table.columns()) {
            EntityMatch match;
            if (column.total()) {
                match = new EntityMatch(Dimension.TOTAL, null, MatchBasis.TOTAL, "A total as published, checked by the audit.");
            } else if (measureOnly) {
                match = new EntityMatch(Dimension.TOTAL, null, MatchBasis.TOTAL, "The count this table gives for each row.");
            } else {
                match = dimension == null ? null : periodAware(dimension, column.label(), column.periodNote());
            }
            if (match == null) {
                problems.add(Problem.warning(column.ref(), "The column \"" + column.label() + "\" in table " + table.number() + " matches no "
                                + (dimension == null ? "taxonomy" : dimension.noun() + " in the taxonomy") + because(column.label()),
                        "Maintainers: add the wording as an alias in content/taxonomies/, or list it as not classifiable"));
            }
            out.add(new ColumnEntities(table.id(), column.index(), match));
        }
    }

    /** Why a label that looks like a code, class or outcome number was left unlinked, for the warning. */
    private String because(String label) {
        return taxonomy.whyUnlinked(label).map(why -> ": " + why).orElse("");
    }

    /** A period label of a partial period says so in its note ("... , partial: to 16 July 2015"). */
    private EntityMatch periodAware(Dimension dimension, String label, String periodNote) {
        Optional<EntityMatch> match = taxonomy.match(dimension, label);
        if (match.isEmpty() || dimension != Dimension.PERIOD || periodNote == null) {
            return match.orElse(null);
        }
        EntityMatch m = match.get();
        return new EntityMatch(m.dimension(), m.key(), m.basis(), m.note() + ", partial: " + periodNote);
    }
}
