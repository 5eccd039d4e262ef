package org.offencestats.handbook.link;

import org.offencestats.handbook.InputError;
import org.offencestats.handbook.model.Correction;
import org.offencestats.handbook.model.DisclosureMeta;
import org.offencestats.handbook.model.ParsedDisclosure;
import org.offencestats.handbook.model.SourceRef;

/**
 * Checks every correction in a sidecar before it is applied. A correction is a maintainer's own input, so one
 * that cannot apply (an offence code the taxonomy does not list, a table or row the disclosure does not have)
 * stops the build with an {@link InputError}, like any other bad sidecar: silently ignoring it would publish the
 * figure uncorrected.
 */
final class CorrectionChecks {

    private static final String OFFENCES = "content/taxonomies/offences.yml";

    private final TaxonomyIndex taxonomy;

    CorrectionChecks(TaxonomyIndex taxonomy) {
        this.taxonomy = taxonomy;
    }

    void check(ParsedDisclosure parsed, DisclosureMeta meta, String sidecarFile) {
        for (Correction c : meta.corrections()) {
            SourceRef where = SourceRef.line(sidecarFile, 1);
            if (c.offenceCode() != null && taxonomy.offence(c.offenceCode()).isEmpty()) {
                throw new InputError(where, "the correction dated " + c.date() + " names unknown offence code " + c.offenceCode(),
                        "a code listed in " + OFFENCES, "correct the code or add it to the taxonomy");
            }
            if (c.table() != null && !applies(parsed, c)) {
                throw new InputError(where, "the correction dated " + c.date() + " names table " + c.table()
                                + (c.row() == null ? "" : " row \"" + c.row() + "\"") + ", which is not in the disclosure",
                        "the number of a table in the disclosure and, for a row, its label as published",
                        "use the table number and the row label as published");
            }
        }
    }

    private static boolean applies(ParsedDisclosure parsed, Correction c) {
        return parsed.tables().stream().anyMatch(t -> t.number() == c.table()
                && (c.row() == null || t.rows().stream().anyMatch(r -> r.label().equals(c.row()))));
    }
}
