package org.offencestats.handbook.link;

import org.offencestats.handbook.model.CodeQuality;
import org.offencestats.handbook.model.Correction;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.model.EntityMatch;
import org.offencestats.handbook.model.MatchBasis;
import org.offencestats.handbook.model.Row;

import java.util.List;
import java.util.Optional;

/**
 * Which offence a row of an offence table counts: an editorial correction first, then a valid code stated in the
 * source, then the wording (an offence, else its class). The note says whenever the sources disagree.
 * Corrections are checked before linking ({@link CorrectionChecks}), so the code a correction names is known.
 */
final class OffenceResolution {

    private final TaxonomyIndex taxonomy;

    OffenceResolution(TaxonomyIndex taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** The row's offence, or null when neither its code nor its wording names one. */
    EntityMatch resolve(DataTable table, Row row, List<Correction> corrections) {
        for (Correction c : corrections) {
            if (c.offenceCode() != null && c.table() != null && c.table() == table.number() && row.label().equals(c.row())) {
                return new EntityMatch(Dimension.OFFENCE, c.offenceCode(), MatchBasis.CORRECTION,
                        "Editorial correction of " + c.date() + ": " + c.what() + (c.why() == null ? "" : " Why: " + c.why()));
            }
        }
        String raw = row.code().raw().strip();
        String code = row.code().code();
        Optional<EntityMatch> byWording = taxonomy.match(Dimension.OFFENCE, row.label());
        if (code != null && taxonomy.offence(code).isPresent()) {
            return byCode(row, code, raw, byWording);
        }
        if (byWording.isEmpty()) {
            return null;
        }
        EntityMatch m = byWording.get();
        String why = null;
        if (code != null) {
            why = "The code cell reads \"" + raw + "\", which is not a Home Office code in the taxonomy.";
        } else if (row.code().quality() == CodeQuality.GARBLED) {
            why = "The code cell reads \"" + raw + "\", which holds no code.";
        }
        String note = m.note() == null ? why : why == null ? m.note() : why + " " + m.note();
        return new EntityMatch(m.dimension(), m.key(), m.basis(), note);
    }

    private static EntityMatch byCode(Row row, String code, String raw, Optional<EntityMatch> byWording) {
        String note = row.code().quality() == CodeQuality.WITH_DEBRIS
                ? "Code read from \"" + raw + "\"; the stray text after it is ignored." : null;
        if (byWording.isPresent() && byWording.get().dimension() == Dimension.OFFENCE && byWording.get().key() != null
                && !byWording.get().key().equals(code)) {
            note = (note == null ? "" : note + " ") + "The wording matches " + byWording.get().key()
                    + ", but the code stated in the source is used.";
        }
        return new EntityMatch(Dimension.OFFENCE, code, MatchBasis.CODE, note);
    }
}
