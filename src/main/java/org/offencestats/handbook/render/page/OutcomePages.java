package org.offencestats.handbook.render.page;

import org.offencestats.handbook.model.NotClassifiable;
import org.offencestats.handbook.render.data.TableCsvs;
import org.offencestats.handbook.render.view.EntityNames;
import org.offencestats.handbook.render.engine.TemplateRenderer;
import org.offencestats.handbook.render.output.PageCache;
import org.offencestats.handbook.render.output.SiteOutput;
import org.offencestats.handbook.paths.Links;
import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.model.OutcomeDefinition;
import org.offencestats.handbook.render.view.Views.Link;
import org.offencestats.handbook.render.view.Views.Summary;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The list of outcome types (by type number) and one page per type: what it means, and its figures by offence. */
public final class OutcomePages {

    /** What an outcome type's page shows of the type itself. */
    public record Outcome(String type, OutcomeDefinition def) {
    }

    /** The list of outcome types. */
    public record Index(List<Summary> items, List<NotClassifiable> notClassifiable) {
    }

    private final TemplateRenderer templates;
    private final EntityNames names;

    private final PageCache cache;
    private final TableCsvs csvs;

    public OutcomePages(TemplateRenderer templates, EntityNames names, PageCache cache, TableCsvs csvs) {
        this.templates = templates;
        this.names = names;
        this.cache = cache;
        this.csvs = csvs;
    }

    public void render(Handbook handbook, SiteOutput site) {
        String indexPath = Links.index(Dimension.OUTCOME);
        PageFrame frame = PageFrame.of(handbook, indexPath, "Outcomes of investigations",
                "The Home Office crime outcome types that disclosures in the handbook report, with what each means.",
                List.of(new Link("Outcomes", indexPath)));
        List<Summary> items = new ArrayList<>();
        List<String> types = handbook.keysWithPages(Dimension.OUTCOME);
        for (String type : types) {
            OutcomeDefinition def = names.outcome(type);
            items.add(new Summary(new Link("Outcome " + type + ": " + def.name(), Links.rootFrom(indexPath) + Links.entity(Dimension.OUTCOME, type)),
                    def.explanation()));
        }
        List<NotClassifiable> notClassifiable = handbook.taxonomies().notClassifiableOutcomes();
        Index index = new Index(items, notClassifiable);
        // Rendered again only when what it shows changed (the records compare by value).
        site.add(indexPath, cache.get(indexPath, List.of("outcomes", frame, index), () -> templates.render("outcomes", frame, index).getBytes(StandardCharsets.UTF_8)));
        EntityPageWriter writer = new EntityPageWriter(handbook, names, templates, cache, csvs);
        for (String type : types) {
            OutcomeDefinition def = names.outcome(type);
            writer.write(site, new org.offencestats.handbook.model.EntityKey(Dimension.OUTCOME, type), "outcome",
                    "Outcome " + type + ": " + def.name(),
                    "What Home Office crime outcome " + type + " means, and how often disclosures in the handbook report it.",
                    List.of(new Link("Outcomes", indexPath), new Link("Outcome " + type, Links.entity(Dimension.OUTCOME, type))),
                    new EntityPageWriter.Content(handbook.figures(Dimension.OUTCOME, type), List.of(),
                            handbook.mentions(Dimension.OUTCOME, type), false),
                    root -> new Outcome(type, def));
        }
    }
}
