package org.offencestats.handbook.render.page;

import org.offencestats.handbook.render.data.DisclosureFigures;
import org.offencestats.handbook.render.data.OpenData;
import org.offencestats.handbook.render.view.Format;
import org.offencestats.handbook.render.data.TidyField;
import org.offencestats.handbook.render.engine.TemplateRenderer;
import org.offencestats.handbook.render.output.PageCache;
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
    public record Model(List<Download> downloads, List<Figures> perDisclosure, List<Download> tables, List<TidyField> fields, boolean tallFields) {
    }

    /** One disclosure's rows of the tidy dataset, as CSV and as JSON. */
    record Figures(String title, Link csv, Link json) {
    }

    /** A download and what it holds. */
    record Download(Link link, String format, String description) {
    }

    private final TemplateRenderer templates;
    private final DisclosureFigures figures;
    private final PageCache cache;

    public DataPage(TemplateRenderer templates, DisclosureFigures figures, PageCache cache) {
        this.templates = templates;
        this.figures = figures;
        this.cache = cache;
    }

    public void render(Handbook handbook, SiteOutput site) {
        PageFrame frame = PageFrame.of(handbook, Links.data(), "Data downloads",
                "Download every figure in the handbook, with its source line, notes and audit status, as CSV (whole or compressed) and, per disclosure, CSV and JSON.",
                List.of(new Link("Data", Links.data())));
        List<Download> downloads = List.of(
                new Download(new Link("All figures (CSV, " + Format.size(OpenData.figuresCsvSize(handbook, figures)) + ")", OpenData.FIGURES_CSV), "CSV",
                        "One row per figure of every table and of the responses' text: the tidy dataset described below."),
                new Download(new Link("All figures, compressed (CSV in gzip, " + Format.size(OpenData.figuresGzSize(handbook, figures)) + ")", OpenData.FIGURES_CSV_GZ), "CSV, gzip",
                        "The same file, smaller to download; most tools read it as it is, or unpack it with gunzip or 7-Zip."),
                new Download(new Link("Data package descriptor (datapackage.json)", OpenData.PACKAGE), "JSON",
                        "A Frictionless Data package describing every file here and its fields, so standard tools can load them."));
        List<Download> tables = new ArrayList<>();
        List<Figures> perDisclosure = new ArrayList<>();
        for (Disclosure d : handbook.disclosures()) {
            perDisclosure.add(new Figures(d.title(), new Link("CSV, " + Format.size(figures.csvSize(d)), Links.disclosureFiguresCsv(d.slug())),
                    new Link("JSON, " + Format.size(figures.jsonSize(d)), Links.disclosureFiguresJson(d.slug()))));
            for (DataTable t : d.parsed().tables()) {
                String csv = Links.tableCsv(d.slug(), t.id());
                tables.add(new Download(new Link(d.title() + ", table " + t.number() + " (CSV)", csv), "CSV", t.title()));
                tables.add(new Download(new Link(d.title() + ", table " + t.number() + " (JSON)", csv.replaceFirst("\\.csv$", ".json")), "JSON",
                        "The same table with each cell's value, status and raw text."));
            }
        }
        List<TidyField> fields = TidyField.ALL;
        Model model = new Model(downloads, perDisclosure, tables, fields, fields.size() > org.offencestats.handbook.render.view.Views.TALL_ROWS);
        // Rendered again only when what it shows changed (the records compare by value).
        site.add(Links.data(), cache.get(Links.data(), List.of("data", frame, model), () -> templates.render("data", frame, model)));
    }
}
