package org.offencestats.handbook.render.figures;

import org.offencestats.handbook.render.view.Format;
import org.offencestats.handbook.model.CellKind;
import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.Exemption;
import org.offencestats.handbook.model.PeriodMeta;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.model.TableAudit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a statistical bulletin tells readers before the figures, from what the model knows of a disclosure: the
 * things they need to know (period, scope, partial periods, what was withheld), and its strengths and limitations.
 */
public record StrengthsAndLimitations(List<String> toKnow, List<String> strengths, List<String> limitations) {

    public static StrengthsAndLimitations of(Disclosure d) {
        List<String> strengths = new ArrayList<>();
        List<String> limitations = new ArrayList<>();
        List<String> toKnow = new ArrayList<>();
        toKnow.add("Period: " + Format.periods(d) + ".");
        strengths.add("Every figure is shown as the force published it, with the file and line it came from, and the response is "
                + "republished unchanged.");
        int checked = 0;
        int agreeing = 0;
        for (TableAudit a : d.audits().values()) {
            checked += a.totalsChecked();
            agreeing += a.totalsAgreeing();
        }
        if (checked > 0) {
            strengths.add("The handbook added up the figures behind " + checked + (checked == 1 ? " published total" : " published totals")
                    + ": " + agreeing + " agree.");
        }
        limitations.add("These are police management information, not official statistics: the force took them from its own "
                + "systems on the day it answered, and they can change as records are updated.");
        if (d.meta().scope() != null) {
            toKnow.add("Scope: " + d.meta().scope());
        }
        Set<String> partial = new LinkedHashSet<>();
        d.meta().periods().stream().filter(PeriodMeta::partial)
                .forEach(p -> partial.add(p.label() + (p.partialNote() == null ? "" : " (" + p.partialNote() + ")")));
        int unreadable = 0;
        for (DataTable t : d.parsed().tables()) {
            t.columns().stream().filter(Column::partialPeriod).forEach(c -> partial.add(c.label() + " (" + c.periodNote() + ")"));
            t.rows().stream().filter(Row::partialPeriod).forEach(r -> partial.add(r.label() + " (" + r.periodNote() + ")"));
            for (Row r : t.rows()) {
                for (Column c : t.columns()) {
                    CellKind kind = r.cell(c.index()).kind();
                    if (kind.hidesACount()) {
                        unreadable++;
                    }
                }
            }
        }
        if (!partial.isEmpty()) {
            toKnow.add("Some figures cover only part of a period, so they are smaller than a whole period's would be: "
                    + String.join("; ", partial) + ".");
        }
        long mismatches = d.audits().values().stream().mapToLong(TableAudit::mismatchCount).sum();
        if (mismatches > 0) {
            limitations.add(mismatches + (mismatches == 1 ? " published total does" : " published totals do")
                    + " not add up to the figures in the table; both are shown.");
        }
        if (unreadable > 0) {
            limitations.add(unreadable + (unreadable == 1 ? " figure" : " figures") + " could not be read from the published text "
                    + "and are shown as unreadable or lost, never as 0.");
        }
        Set<String> withheld = new LinkedHashSet<>();
        d.parsed().exemptions().stream().map(Exemption::kind).forEach(k -> withheld.add(k.title()));
        if (!withheld.isEmpty()) {
            toKnow.add("Some information was withheld or not included: " + String.join("; ", withheld) + ".");
        }
        return new StrengthsAndLimitations(List.copyOf(toKnow), List.copyOf(strengths), List.copyOf(limitations));
    }
}
