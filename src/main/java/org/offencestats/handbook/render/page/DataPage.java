package org.offencestats.handbook.render.page;

import org.offencestats.handbook.render.data.OpenData;
import org.offencestats.handbook.render.data.TidyField;
import org.offencestats.handbook.render.engine.TemplateRenderer;
import org.offencestats.handbook.render.output.SiteOutput;
import org.offencestats.handbook.paths.Links;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.render.view.Views.Link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Data page: every download, what it holds, and each field of the tidy dataset. */
public final class DataPage {

    /** What the Data page shows. */
    /** {@code tallFields}: the field table keeps its header row in view, as a tall data table does (issue 17). */
    public record Model(List<Download> downloads, List<Download> tables, List<TidyField> fields, boolean tallFields) {
    }

    /** A download and what it holds. */
    record Download(Link link, String format, String description) {
    }

    private final TemplateRenderer templates;

    public DataPage(TemplateRenderer templates) {
        this.templates = templates;
    }

    public void render(Handbook handbook, SiteOutput site) {
        PageFrame frame = PageFrame.of(handbook, Links.data(), "Data downloads",
                "Download every figure in the handbook, with its source line, notes and audit status, as CSV and JSON.",
                List.of(new Link("Data", Links.data())));
        List<Download> downloads = List.of(
                new Download(new Link("All figures (CSV)", OpenData.FIGURES_CSV), "CSV", "One row per figure of every table: the tidy dataset described below."),
                new Download(new Link("All figures (JSON)", OpenData.FIGURES_JSON), "JSON", "The same figures as a JSON array of objects with the same keys."),
                new Download(new Link("Data package descriptor (datapackage.json)", OpenData.PACKAGE), "JSON",
                        "A Frictionless Data package describing every file here and its fields, so standard tools can load them."));
        List<Download> tables = new ArrayList<>();
        for (Disclosure d : handbook.disclosures()) {
            for (DataTable t : d.parsed().tables()) {
                String csv = Links.tableCsv(d.slug(), t.id());
                tables.add(new Download(new Link(d.title() + ", table " + t.number() + " (CSV)", csv), "CSV", t.title()));
                tables.add(new Download(new Link(d.title() + ", table " + t.number() + " (JSON)", csv.replaceFirst("\\.csv$", ".json")), "JSON",
                        "The same table with each cell's value, status and raw text."));
            }
        }
        List<TidyField> fields = TidyField.ALL;
        site.add(Links.data(), templates.render("data", frame, new Model(downloads, tables, fields,
                fields.size() > org.offencestats.handbook.render.view.Views.TALL_ROWS)));
    }
}
