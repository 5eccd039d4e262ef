package org.offencestats.handbook.render.page;

import org.offencestats.handbook.render.engine.TemplateRenderer;
import org.offencestats.handbook.render.output.SiteOutput;
import org.offencestats.handbook.paths.Links;
import org.offencestats.handbook.model.Correction;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.render.view.Views.Link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The corrections and revisions log: every editorial correction recorded beside any disclosure, newest first, with
 * the page it affects, what changed and why. The same corrections are listed on their disclosure's page.
 */
public final class CorrectionsPage {

    /** What the corrections log shows. */
    public record Model(List<Entry> entries) {
    }

    /** One correction as the log shows it. */
    record Entry(String date, Link disclosure, String table, String what, String why) {
    }

    private final TemplateRenderer templates;

    public CorrectionsPage(TemplateRenderer templates) {
        this.templates = templates;
    }

    public void render(Handbook handbook, SiteOutput site) {
        String path = Links.corrections();
        PageFrame frame = PageFrame.of(handbook, path, "Corrections and revisions",
                "Every correction the handbook's editors have recorded, with its date, what changed and why. Published texts stay as published.",
                List.of(new Link("Corrections", path)));
        List<Entry> entries = new ArrayList<>();
        for (Disclosure d : handbook.disclosures()) {
            for (Correction c : d.meta().corrections()) {
                entries.add(new Entry(c.date() == null ? "Date not recorded" : c.date().toString(),
                        new Link(d.title(), Links.disclosure(d.slug())),
                        c.table() == null ? null : "Table " + c.table() + (c.row() == null ? "" : ", row “" + c.row() + "”"),
                        c.what(), c.why()));
            }
        }
        entries.sort(Comparator.comparing(Entry::date).reversed().thenComparing(e -> e.disclosure().href()));
        site.add(path, templates.render("corrections", frame, new Model(entries)));
    }
}
